import type { NextConfig } from "next"

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The typed client of our own routes ships as TypeScript sources.
  transpilePackages: ["@doorstep/api"],
}

export default config
