/** A backend (commerce or cms) could not answer; pages show a clear error state for it. */
export class BackendUnavailableError extends Error {
  constructor(
    readonly backend: "commerce" | "cms",
    detail: string,
  ) {
    super(`${backend} unavailable: ${detail}`)
  }
}

/** What `read` gives, or null (logged) when a backend could not answer: the page shows its error state instead. */
export async function unlessUnavailable<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read
  } catch (error) {
    if (!(error instanceof BackendUnavailableError)) throw error
    console.error(error.message)
    return null
  }
}

/** How long any call to a backend may take before the page says it could not answer. */
export const TIMEOUT_MS = 8000

/** GET JSON from a backend; network failures and non-2xx answers become BackendUnavailableError. */
export async function getJson<T>(backend: "commerce" | "cms", url: string, headers: Record<string, string> = {}): Promise<T> {
  let response: Response
  try {
    response = await fetch(url, { headers, cache: "no-store", signal: AbortSignal.timeout(TIMEOUT_MS) })
  } catch (error) {
    throw new BackendUnavailableError(backend, (error as Error).message)
  }
  if (!response.ok) throw new BackendUnavailableError(backend, `${response.status} from ${new URL(url).pathname}`)
  return (await response.json()) as T
}

/** For server actions: a backend that cannot answer is the `UNAVAILABLE` refusal, which forms show like any other. */
export async function unlessDown<T extends { ok: boolean }>(work: () => Promise<T>): Promise<T | { ok: false; code: "UNAVAILABLE" }> {
  try {
    return await work()
  } catch (error) {
    if (!(error instanceof BackendUnavailableError)) throw error
    console.error(error.message)
    return { ok: false, code: "UNAVAILABLE" }
  }
}
