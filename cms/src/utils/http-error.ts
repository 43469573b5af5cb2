import type { Context } from 'koa';

const NAMES: Record<number, string> = {
  400: 'ValidationError',
  401: 'UnauthorizedError',
  403: 'ForbiddenError',
  404: 'NotFoundError',
  409: 'ConflictError',
};

/** Strapi's error shape plus our stable `code`: `{ data: null, error: { status, name, code, message, details } }`. */
export function sendError(ctx: Context, status: number, code: string, message: string, details: Record<string, unknown> = {}): void {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name: NAMES[status] ?? 'ApplicationError', code, message, details } };
}
