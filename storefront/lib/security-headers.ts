/**
 * The storefront's security headers. Pages get a Content-Security-Policy with a
 * nonce made for each request in `proxy.ts` (Next puts it on its own scripts);
 * the other headers are the same on every answer (`next.config.ts`).
 */

/** An address's origin for a policy; a tile template's subdomain placeholder (`{s}`) becomes a wildcard. */
export function sourceOf(url: string | undefined): string | undefined {
  if (!url || url === "none") return undefined
  return /^(https?:\/\/[^/]+)/.exec(url.replace(/\{s\}/g, "*"))?.[1]
}

const list = (...sources: Array<string | undefined>) => [...new Set(sources.filter(Boolean))].join(" ")

/**
 * Scripts run only with this request's nonce (and what those load: 'strict-dynamic').
 * Images come from the cms's media address (or an S3 store or CDN: any https origin),
 * commerce and the map's tiles; photo previews are blobs. The browser talks to this
 * server only (commerce and the cms are reached through it), and leaves pages for the
 * payment gateways and WeChat sign-in by navigation, which a policy does not restrict.
 */
export function pagePolicy(nonce: string, env: NodeJS.ProcessEnv = process.env): string {
  const cms = sourceOf(env.CMS_PUBLIC_URL ?? env.CMS_URL ?? "http://localhost:1337")
  const commerce = sourceOf(env.MEDUSA_URL ?? "http://localhost:9000")
  const tiles = sourceOf(env.MAP_TILE_URL ?? "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
  // `next dev` evaluates its modules with eval; `next start` never does.
  const devEval = env.NODE_ENV === "production" ? undefined : "'unsafe-eval'"
  return [
    "default-src 'self'",
    `script-src ${list("'self'", `'nonce-${nonce}'`, "'strict-dynamic'", devEval)}`,
    // React's style props and Leaflet's positions are inline styles.
    "style-src 'self' 'unsafe-inline'",
    `img-src ${list("'self'", "data:", "blob:", "https:", cms, commerce, tiles)}`,
    "font-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ")
}

/** What the storefront's JSON routes (`/api/...`) are allowed in a browser: nothing. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'"

/**
 * HSTS only in production, and only where customers reach the storefront over HTTPS
 * (`STOREFRONT_URL`, as for secure cookies): the storefront always runs its production
 * build, also on the loopback `npm start`, so NODE_ENV alone cannot tell. Set on pages
 * by `proxy.ts` at run time (next.config.ts's headers are fixed when the app is built).
 */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains"
export const sentOverHttps = (env: NodeJS.ProcessEnv = process.env) => env.NODE_ENV === "production" && (env.STOREFRONT_URL ?? "").startsWith("https:")

/** Every answer's headers. Geolocation for this origin only: the booking map and the beautician's job steps ask for it. */
export const COMMON_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self), payment=(), usb=()" },
]
