import type { paths } from "@doorstep/api"
import { answer, store } from "./api"
import { BackendUnavailableError } from "./backend"
import type { Locale } from "./i18n"

type Json<P extends keyof paths> = paths[P]["get"] extends { responses: { 200: { content: { "application/json": infer T } } } } ? T : never
export type SearchResult = Json<"/store/search">["results"][number]

/** Services, beauticians and articles matching what the customer typed, best first. */
export async function search(q: string, locale: Locale): Promise<SearchResult[]> {
  const got = await answer("/store/search", store().GET("/store/search", { params: { query: { q, locale, limit: 30 } } }))
  if (!got.ok) throw new BackendUnavailableError("commerce", `${got.status} ${got.code} from /store/search`)
  return got.data.results
}
