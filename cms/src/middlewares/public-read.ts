import type { Context, Next } from 'koa';
import { isCommerceRequest } from '../policies/commerce-token';
import { sendError } from '../utils/http-error';
import { PopulateNotAllowedError, whitelistPopulate, type PopulateTree } from '../utils/populate';

/**
 * A content type's public find/findOne route: `populate` only within the type's
 * tree (400 POPULATE_NOT_ALLOWED otherwise, `*` included), and published
 * entries only: Strapi's REST would hand drafts to anyone asking `status=draft`;
 * only commerce's token may (400 DRAFTS_NOT_PUBLIC for everyone else). Marks
 * the answer as a public read, which `global::public-cache` may keep for
 * anonymous callers.
 */
export default (config: { tree: PopulateTree }) =>
  async (ctx: Context, next: Next) => {
    const status = ctx.query.status;
    if (status !== undefined && status !== 'published' && !isCommerceRequest(ctx.state)) {
      return sendError(ctx, 400, 'DRAFTS_NOT_PUBLIC', 'Only published content is served here; leave out status or ask for status=published', {
        param: 'status',
      });
    }
    let populate;
    try {
      populate = whitelistPopulate(ctx.query.populate, config.tree);
    } catch (error) {
      if (!(error instanceof PopulateNotAllowedError)) throw error;
      return sendError(ctx, 400, error.code, error.message, { path: error.path, allowed: error.allowed });
    }
    if (populate) ctx.query = { ...ctx.query, populate } as never;
    ctx.state.publicRead = true;
    await next();
  };
