import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';

const WELL_FORMED = /^[\w.:-]{1,128}$/;

/**
 * Strapi's request log line, with the request's `x-request-id`: the caller's
 * (commerce passes on its own request's) when well formed, else a new one,
 * so that one request can be followed from the storefront through commerce
 * to here. The id is answered in the response's header too. Replaces
 * `strapi::logger`, whose line it otherwise keeps.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    const given = ctx.get('x-request-id');
    const requestId = WELL_FORMED.test(given) ? given : randomUUID();
    ctx.state.requestId = requestId;
    ctx.set('x-request-id', requestId);
    const start = Date.now();
    try {
      await next();
    } finally {
      strapi.log.http(`${ctx.method} ${ctx.url} (${Math.ceil(Date.now() - start)} ms) ${ctx.status} [${requestId}]`);
    }
  };
