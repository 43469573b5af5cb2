import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

/**
 * The API reference commerce serves at `/docs`: the OpenAPI document
 * `npm run docs:api` generates, read by Swagger UI's own files (no CDN).
 */

let document: string | undefined

/** The document, read once: it changes only with a new build. */
export const openApiDocument = () => (document ??= fs.readFileSync(require.resolve("@doorstep/api/openapi.json"), "utf8"))

/** The Swagger UI files the page loads, by name; nothing else in the folder is served. */
export const VIEWER_ASSETS: Readonly<Record<string, string>> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "favicon-32x32.png": "image/png",
}

export function viewerAsset(name: string): { body: Buffer; type: string } | undefined {
  const type = VIEWER_ASSETS[name]
  if (!type) return undefined
  const folder = (require("swagger-ui-dist") as { getAbsoluteFSPath(): string }).getAbsoluteFSPath()
  return { body: fs.readFileSync(path.join(folder, name)), type }
}

export const referencePage = () => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Doorstep API reference</title>
  <link rel="icon" type="image/png" href="/docs/assets/favicon-32x32.png">
  <link rel="stylesheet" href="/docs/assets/swagger-ui.css">
  <style>body { margin: 0 } .swagger-ui .topbar { display: none }</style>
</head>
<body>
  <main id="reference"></main>
  <script src="/docs/assets/swagger-ui-bundle.js"></script>
  <script>
    SwaggerUIBundle({ url: "/docs/openapi.json", dom_id: "#reference", deepLinking: true, docExpansion: "list", filter: true, tryItOutEnabled: false })
  </script>
</body>
</html>
`

const inlineHash = (pattern: RegExp) => {
  const body = pattern.exec(referencePage())?.[1] ?? ""
  return `'sha256-${crypto.createHash("sha256").update(body).digest("base64")}'`
}

/** The page's policy: its files from this server, its one inline script and style by their hashes, no framing. */
export const referencePagePolicy = () =>
  [
    "default-src 'none'",
    `script-src 'self' ${inlineHash(/<script>([\s\S]*?)<\/script>/)}`,
    `style-src 'self' 'unsafe-inline'`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ")
