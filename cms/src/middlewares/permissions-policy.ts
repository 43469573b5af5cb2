import type { Context, Next } from 'koa';

/** Nothing the cms serves (its API, media and admin panel) needs the camera, microphone, location or payments. */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

export default () => async (ctx: Context, next: Next) => {
  ctx.set('Permissions-Policy', PERMISSIONS_POLICY);
  await next();
};
