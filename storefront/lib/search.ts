import { answer, store, type JsonOf } from "./api"
import { BackendUnavailableError } from "./backend"
import type { Locale } from "./locale"

export type SearchResult = JsonOf<"/store/search", "get">["results"][number]

/** Services, beauticians and articles matching what the customer typed, best first. */
export async function search(q: string, locale: Locale): Promise<SearchResult[]> {
  const got = await answer("/store/search", store().GET("/store/search", { params: { query: { q, locale, limit: 30 } } }))
  if (!got.ok) throw new BackendUnavailableError("commerce", `${got.status} ${got.code} from /store/search`)
  return got.data.results
}
