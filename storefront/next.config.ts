import type { NextConfig } from "next"

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A second copy (e.g. `next dev` beside a running `next start`) builds elsewhere.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // The typed client of our own routes ships as TypeScript sources.
  transpilePackages: ["@doorstep/api"],
}

export default config
