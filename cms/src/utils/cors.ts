import type { EnvReader } from './secrets';

/**
 * Which browser origins may call the cms: the storefront, the admin app and
 * commerce, from `CMS_CORS_ORIGINS` (comma-separated). Strapi's cors defaults
 * to every origin with credentials, so any site could read a signed-in
 * user's answers; only these origins get an `Access-Control-Allow-Origin`.
 * Strapi's own admin panel is served by the cms itself (same origin) and
 * needs no entry: a refused origin only means no CORS headers, never a 403.
 */
export const CORS_ORIGINS_ENV = 'CMS_CORS_ORIGINS';

/** `npm start`'s storefront (8000), admin (7001) and commerce (9000), as either loopback name. */
export const DEVELOPMENT_ORIGINS = [8000, 7001, 9000].flatMap((port) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`]);

export interface CorsConfig {
  origin: string[];
  credentials: boolean;
}

/**
 * Strapi's cors middleware compares the request's `Origin` with each entry
 * verbatim, so entries are written the way browsers send it (lower-case host,
 * no default port, no trailing slash). Anything with a path, query or user is
 * refused rather than silently never matching, and so is `*` (every origin).
 */
function toOrigin(entry: string): string {
  try {
    if (/^https?:\/\/[^/?#@\s]+\/?$/i.test(entry)) return new URL(entry).origin;
  } catch {
    // Not a URL at all (say, an unclosed IPv6 bracket): the same message as any other non-origin.
  }
  throw new Error(`${CORS_ORIGINS_ENV}: "${entry}" is not an origin; list each as scheme://host[:port], comma-separated ("*" is not allowed).`);
}

export function corsOrigins(env: EnvReader): string[] {
  const value = env(CORS_ORIGINS_ENV)?.trim();
  if (!value) {
    if (env('NODE_ENV') === 'production') {
      throw new Error(
        `Missing ${CORS_ORIGINS_ENV} (cms refuses to start in production without it): the storefront, admin and commerce origins, comma-separated.`,
      );
    }
    return DEVELOPMENT_ORIGINS;
  }
  return [...new Set(value.split(',').map((entry) => entry.trim()).filter(Boolean).map(toOrigin))];
}

/**
 * Options for `strapi::cors` (@strapi/core's middlewares/cors). Methods and
 * headers stay Strapi's defaults. Credentials stay allowed for the listed
 * origins: users-permissions keeps its refresh token in an httpOnly cookie.
 */
export function corsConfig(env: EnvReader): CorsConfig {
  return { origin: corsOrigins(env), credentials: true };
}
