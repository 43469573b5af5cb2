import react from "@vitejs/plugin-react"
import { defineConfig } from "vite"
import { adminSecurityHeaders } from "./security-headers"

export default defineConfig({
  plugins: [react()],
  server: { port: 7001, strictPort: true, host: "127.0.0.1" },
  // `npm start` serves the build with `vite preview`: with the security headers of a production server.
  preview: { port: 7001, strictPort: true, host: "127.0.0.1", headers: adminSecurityHeaders(process.env) },
  build: { chunkSizeWarningLimit: 2000 },
})
