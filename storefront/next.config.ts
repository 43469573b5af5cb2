import type { NextConfig } from "next"
import { DEFAULT_LOCALE, LOCALES } from "./lib/locale"
import { API_POLICY, COMMON_HEADERS } from "./lib/security-headers"

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A second copy (e.g. `next dev` beside a running `next start`) builds elsewhere.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // The typed client of our own routes ships as TypeScript sources.
  transpilePackages: ["@doorstep/api"],
  // Chinese lives at the bare paths (`/`, `/services/x`), English under `/en`: a bare path is the
  // default locale's route. A rewrite here stays inside the server; one from the proxy (middleware)
  // is compared with the address the server listens on after Next renames 127.0.0.1 to localhost,
  // taken for another origin and proxied over HTTP, where now and then it met a reset connection.
  // Paths that carry a locale, Next's own, the API's and files (a name with an extension) are left alone.
  // Every answer; pages get their Content-Security-Policy, with a nonce, from proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: [...COMMON_HEADERS] },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_POLICY }] },
    ]
  },
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/", destination: `/${DEFAULT_LOCALE}` },
        { source: `/:path((?!(?:${LOCALES.join("|")})(?:/|$)|_next/|api/)(?!.*\\.[a-zA-Z0-9]+$).+)`, destination: `/${DEFAULT_LOCALE}/:path` },
      ],
      afterFiles: [],
      fallback: [],
    }
  },
}

export default config
