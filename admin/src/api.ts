import { HttpError } from "react-admin"
import type { components } from "@doorstep/api"
import { errorKey } from "./i18n/errors"

/** Commerce's origin; the back office talks to it only over HTTP. */
export const COMMERCE_URL = import.meta.env.VITE_MEDUSA_URL ?? "http://localhost:9000"
/** Where Medusa's js-sdk keeps the signed-in user's token (see medusa.ts). */
export const TOKEN_KEY = "doorstep_admin_jwt"

export type Schemas = components["schemas"]

/**
 * A refusal from commerce. `message` is the translation key of the `code`'s
 * meaning (doorstep.errors.CODE), which react-admin's notifications translate;
 * `body` keeps the answer (code, field, message) for forms.
 */
export class ApiError extends HttpError {
  constructor(
    readonly code: string,
    status: number,
    body: Record<string, unknown>,
  ) {
    super(errorKey(code, status), status, body)
  }
}

type Query = Record<string, string | number | boolean | string[] | undefined>

function queryString(query: Query | undefined) {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === "") continue
    for (const one of Array.isArray(value) ? value : [value]) params.append(key, String(one))
  }
  const text = params.toString()
  return text ? `?${text}` : ""
}

const authHeader = (): Record<string, string> => {
  const token = typeof localStorage === "undefined" ? null : localStorage.getItem(TOKEN_KEY)
  return token ? { authorization: `Bearer ${token}` } : {}
}

async function send(method: string, path: string, options: { query?: Query; body?: unknown; accept?: string } = {}): Promise<Response> {
  let response: Response
  try {
    response = await fetch(`${COMMERCE_URL}${path}${queryString(options.query)}`, {
      method,
      headers: { ...authHeader(), ...(options.body !== undefined ? { "content-type": "application/json" } : {}), ...(options.accept ? { accept: options.accept } : {}) },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    })
  } catch {
    throw new ApiError("UNAVAILABLE", 0, {})
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
    const code = typeof body.code === "string" && /^[A-Z_]+$/.test(body.code) ? body.code : statusCode(response.status)
    throw new ApiError(code, response.status, body)
  }
  return response
}

/** Medusa's own errors carry a `type`, not our `code`: name them by status. */
const statusCode = (status: number) =>
  ({ 400: "INVALID_INPUT", 401: "UNAUTHORIZED", 403: "FORBIDDEN", 404: "NOT_FOUND", 409: "CONFLICT", 429: "TOO_MANY_REQUESTS" })[status] ?? "UNKNOWN"

/** A JSON call to one of commerce's routes. */
export async function api<T = Record<string, unknown>>(method: "GET" | "POST" | "PUT" | "DELETE", path: string, options: { query?: Query; body?: unknown } = {}): Promise<T> {
  return (await (await send(method, path, options)).json()) as T
}

/** A file from commerce (a document photo, a statement), fetched with the token, as a local object URL. */
export async function blobUrl(path: string): Promise<string> {
  return URL.createObjectURL(await (await send("GET", path)).blob())
}

/** A text file from commerce (a statement's CSV), fetched with the token. */
export async function fileText(path: string): Promise<string> {
  return (await send("GET", path)).text()
}

/** Path segments are always encoded: handles and ids come from records and URLs. */
export const seg = (value: string | number) => encodeURIComponent(String(value))

/** A file from commerce fetched with the token, with the name the server gave it (`Content-Disposition`), if any. */
export async function fetchFile(path: string, query?: Query, accept?: string): Promise<{ blob: Blob; filename: string | null }> {
  const response = await send("GET", path, { query, accept })
  const disposition = response.headers.get("content-disposition") ?? ""
  const filename = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] ?? null
  return { blob: await response.blob(), filename: filename ? decodeURIComponent(filename) : null }
}

/** Saves a blob on the user's machine under `filename`, as a link's download would. */
export function saveFile(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = filename
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
