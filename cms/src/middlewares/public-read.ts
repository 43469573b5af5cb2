import type { Context, Next } from 'koa';
import { sendError } from '../utils/http-error';
import { PopulateNotAllowedError, whitelistPopulate, type PopulateTree } from '../utils/populate';

/**
 * A content type's public find/findOne route: `populate` only within the type's
 * tree (400 POPULATE_NOT_ALLOWED otherwise, `*` included). Marks the answer as
 * a public read, which `global::public-cache` may keep for anonymous callers.
 */
export default (config: { tree: PopulateTree }) =>
  async (ctx: Context, next: Next) => {
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
