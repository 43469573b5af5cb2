import type { Context, Next } from 'koa';
import { publicCache } from '../utils/public-cache';

/**
 * Anonymous GETs of the content API answered from memory, before Strapi
 * authenticates and queries: only answers a public-read route produced with
 * 200 are kept (`x-doorstep-cache: hit|miss`). A request with a token or JWT
 * is never cached: what it may see differs.
 */
export default () => async (ctx: Context, next: Next) => {
  const cacheable = ctx.method === 'GET' && ctx.path.startsWith('/api/') && !ctx.get('authorization');
  if (!cacheable) return next();
  const key = ctx.originalUrl;
  const hit = publicCache.get(key);
  if (hit) {
    ctx.set('x-doorstep-cache', 'hit');
    ctx.status = hit.status;
    ctx.body = hit.body;
    return;
  }
  await next();
  if (ctx.state.publicRead && ctx.status === 200) {
    ctx.set('x-doorstep-cache', 'miss');
    publicCache.set(key, { status: ctx.status, body: ctx.body });
  }
};
