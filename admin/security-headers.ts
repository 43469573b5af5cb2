/**
 * Headers the back office is served with (`vite preview`, and any server that
 * serves `dist/` should send the same). The built app is one script file and
 * its chunks from this origin, so scripts run from 'self' only; MUI's emotion
 * writes <style> elements at run time, hence 'unsafe-inline' for styles.
 */

/** An address's origin; a tile template's subdomain placeholder (`{s}`) becomes a wildcard. */
function sourceOf(url: string | undefined): string | undefined {
  if (!url || url === "none") return undefined
  return /^(https?:\/\/[^/]+)/.exec(url.replace(/\{s\}/g, "*"))?.[1]
}

export function adminSecurityHeaders(env: NodeJS.ProcessEnv): Record<string, string> {
  const commerce = sourceOf(env.VITE_MEDUSA_URL ?? "http://localhost:9000")
  const cms = sourceOf(env.CMS_PUBLIC_URL ?? env.CMS_URL ?? "http://localhost:1337")
  const tiles = sourceOf(env.VITE_MAP_TILE_URL ?? "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
  const sources = (...list: Array<string | undefined>) => list.filter(Boolean).join(" ")
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    // Photos come from the cms (or its S3 store or CDN, any https origin) and commerce; previews are blobs.
    `img-src ${sources("'self'", "data:", "blob:", "https:", commerce, cms, tiles)}`,
    "font-src 'self' data:",
    `connect-src ${sources("'self'", commerce)}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ")
  return {
    "Content-Security-Policy": policy,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    ...(env.NODE_ENV === "production" ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  }
}
