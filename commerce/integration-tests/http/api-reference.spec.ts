import fs from "node:fs"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

jest.setTimeout(60 * 1000)

/** The API reference at /docs: the generated document, and a page that reads it with files served here (no CDN). */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api }) => {
    it("serves the OpenAPI document npm run docs:api wrote, to any origin", async () => {
      const response = await api.get("/docs/openapi.json")
      expect(response.headers["content-type"]).toMatch(/^application\/json/)
      expect(response.headers["access-control-allow-origin"]).toBe("*")
      expect(response.data).toEqual(JSON.parse(fs.readFileSync(require.resolve("@doorstep/api/openapi.json"), "utf8")))
      expect(response.data.openapi).toBe("3.1.0")
    })

    it("serves a page whose viewer and styles come from this server", async () => {
      const page = await api.get("/docs")
      expect(page.headers["content-type"]).toMatch(/^text\/html/)
      const sources = [...(page.data as string).matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1])
      expect(sources).toEqual(expect.arrayContaining(["/docs/assets/swagger-ui-bundle.js", "/docs/assets/swagger-ui.css"]))
      expect(sources.every((source) => source.startsWith("/docs/"))).toBe(true)
      for (const source of sources) {
        const asset = await api.get(source)
        expect(asset.status).toBe(200)
        expect(Number(asset.headers["content-length"] ?? (asset.data as string).length)).toBeGreaterThan(100)
      }
      expect((await api.get("/docs/openapi.json")).status).toBe(200)
    })

    it("serves none of the viewer package's other files", async () => {
      for (const name of ["index.html", "package.json", "..%2Fpackage.json", "swagger-initializer.js"]) {
        const response = await api.get(`/docs/assets/${name}`).catch((error: { response: { status: number } }) => error.response)
        expect(response.status).toBe(404)
      }
    })
  },
})
