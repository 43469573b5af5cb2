import react from "@vitejs/plugin-react"
import { defineConfig } from "vite"

export default defineConfig({
  plugins: [react()],
  server: { port: 7001, strictPort: true, host: "127.0.0.1" },
  preview: { port: 7001, strictPort: true, host: "127.0.0.1" },
  build: { chunkSizeWarningLimit: 2000 },
})
