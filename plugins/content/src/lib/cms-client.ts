import { requestIdHeader } from "@doorstep/appointments/api/ops/request-id"

/** Where the cms is and the key commerce calls it with (`CMS_URL`, `CMS_API_TOKEN`). */
export interface CmsConnection {
  url: string
  token: string
  timeoutMs?: number
}

/** The cms did not answer, or answered with a failure of its own (5xx): try again later. */
export class CmsUnavailableError extends Error {}

/** The cms's media store will not take this file (larger than it allows): sending it again will not help. */
export class CmsRefusedFileError extends Error {}

export interface CmsAnswer<T> {
  status: number
  body: T
}

/**
 * One call to the cms's REST API with commerce's token — or, `anonymous`,
 * without it, so that the cms's public rules (published only, whitelisted
 * populate, no answer keys) decide what comes back. Answers of the cms (2xx
 * and 4xx) come back as they are (a body that is no JSON as null); no answer,
 * a timeout (5 s) or a 5xx throws `CmsUnavailableError`.
 */
export async function callCms<T = any>(cms: CmsConnection, method: "GET" | "PUT" | "POST", path: string, body?: unknown, options: { anonymous?: boolean } = {}): Promise<CmsAnswer<T>> {
  let response: Response
  try {
    response = await fetch(new URL(path, cms.url), {
      method,
      headers: {
        accept: "application/json",
        ...requestIdHeader(),
        ...(options.anonymous ? {} : { authorization: `Bearer ${cms.token}` }),
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(cms.timeoutMs ?? 5000),
    })
  } catch (error) {
    throw new CmsUnavailableError(`cms ${method} ${path}: ${(error as Error).message}`)
  }
  if (response.status >= 500) throw new CmsUnavailableError(`cms ${method} ${path}: ${response.status}`)
  const text = await response.text()
  let parsed: unknown = null
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  return { status: response.status, body: parsed as T }
}

/** Every page of a cms list (100 entries a page). */
export async function listAll<T>(cms: CmsConnection, path: string): Promise<T[]> {
  const entries: T[] = []
  for (let page = 1; ; page++) {
    const { status, body } = await callCms<{ data: T[]; meta: { pagination: { pageCount: number } } }>(cms, "GET", `${path}${path.includes("?") ? "&" : "?"}pagination[pageSize]=100&pagination[page]=${page}`)
    if (status !== 200) throw new CmsUnavailableError(`cms GET ${path}: ${status}`)
    entries.push(...body.data)
    if (page >= body.meta.pagination.pageCount) return entries
  }
}

export interface StoredFile {
  url: string
  formats?: Record<string, { url: string } | undefined> | null
}

/** Stores a file through the cms's upload (its media store: local or S3, with Strapi's image formats). */
export async function callCmsUpload(cms: CmsConnection, file: { name: string; type: string; content: Buffer }): Promise<StoredFile> {
  const form = new FormData()
  form.append("files", new Blob([new Uint8Array(file.content)], { type: file.type }), file.name)
  let response: Response
  try {
    response = await fetch(new URL("/api/upload", cms.url), { method: "POST", headers: { authorization: `Bearer ${cms.token}`, ...requestIdHeader() }, body: form, signal: AbortSignal.timeout(30_000) })
  } catch (error) {
    throw new CmsUnavailableError(`cms upload: ${(error as Error).message}`)
  }
  if (response.status === 413) throw new CmsRefusedFileError(`cms upload: 413 ${await response.text()}`)
  if (response.status !== 201 && response.status !== 200) throw new CmsUnavailableError(`cms upload: ${response.status} ${await response.text()}`)
  const [stored] = (await response.json()) as StoredFile[]
  return stored
}
