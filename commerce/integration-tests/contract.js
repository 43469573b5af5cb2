const Ajv2020 = require("ajv/dist/2020").default
const addFormats = require("ajv-formats").default
const document = require("@doorstep/api/openapi.json")

/**
 * Every answer a spec gets from one of our documented routes is checked
 * against the OpenAPI document (api/openapi.json): its status must be one the
 * route documents, and its body must match that status's schema, error codes
 * included. What does not match is reported as the test's failure.
 */

const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats(ajv)
ajv.addSchema(document, "doorstep")

const pointer = (...parts) => parts.map((part) => String(part).replace(/~/g, "~0").replace(/\//g, "~1")).join("/")

/** `/pro/jobs/{id}` → a matcher of concrete paths, most literal segments first so `/x/new` beats `/x/{id}`. */
const routes = Object.entries(document.paths ?? {})
  .map(([template, item]) => ({
    template,
    item,
    pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{[^}]+\\?\}/g, "[^/]+")}/?$`),
    literal: template.split("/").filter((part) => part && !part.startsWith("{")).length,
  }))
  .sort((a, b) => b.literal - a.literal)

const mismatches = []

function check(response) {
  const method = String(response.config?.method ?? "get").toLowerCase()
  const url = new URL(response.config?.url ?? "", response.config?.baseURL ?? "http://localhost")
  const route = routes.find((candidate) => candidate.pattern.test(url.pathname) && candidate.item[method])
  if (!route) return
  const operation = route.item[method]
  const where = `${method.toUpperCase()} ${url.pathname} (${method.toUpperCase()} ${route.template})`
  const documented = operation.responses?.[String(response.status)]
  if (!documented) {
    const code = response.data && typeof response.data === "object" ? ` ${response.data.code ?? response.data.message ?? ""}` : ""
    mismatches.push(`${where} answered ${response.status}${code}, which the document does not list (it lists ${Object.keys(operation.responses ?? {}).join(", ")})`)
    return
  }
  const contentType = String(response.headers?.["content-type"] ?? "").split(";")[0].trim()
  const media = Object.keys(documented.content ?? {})
  if (media.length === 0) return
  // A documented range (`image/*`) takes any type of it.
  if (!media.some((type) => type === contentType || (type.endsWith("/*") && contentType.startsWith(type.slice(0, -1))))) {
    mismatches.push(`${where} answered ${response.status} as ${contentType || "no content type"}; the document says ${media.join(" or ")}`)
    return
  }
  if (contentType !== "application/json") return
  const validate = ajv.getSchema(`doorstep#/${pointer("paths", route.template, method, "responses", response.status, "content", "application/json", "schema")}`)
  if (validate && !validate(response.data)) {
    const errors = validate.errors.slice(0, 5).map((error) => `${error.instancePath || "(body)"} ${error.message}${error.params?.allowedValues ? ` ${JSON.stringify(error.params.allowedValues)}` : ""}${error.params?.additionalProperty ? ` (${error.params.additionalProperty})` : ""}`)
    mismatches.push(`${where} answered ${response.status} with a body the document does not describe: ${errors.join("; ")}\n    body: ${JSON.stringify(response.data).slice(0, 600)}`)
  }
}

const REQUESTS = new Set(["get", "post", "put", "patch", "delete", "request"])

/** The spec's `api`, with every answer checked; errors still reject as before. */
function checkedApi(api) {
  return new Proxy(api, {
    get(target, prop) {
      const value = target[prop]
      if (!REQUESTS.has(prop) || typeof value !== "function") return value
      return (...args) =>
        value.apply(target, args).then(
          (response) => {
            check(response)
            return response
          },
          (error) => {
            if (error?.response) check(error.response)
            throw error
          },
        )
    },
  })
}

/** The mismatches since the last call, emptied. */
function takeMismatches() {
  return mismatches.splice(0)
}

module.exports = { checkedApi, takeMismatches }
