"use server"

import { unlessUnavailable } from "@/lib/backend"
import { isLocale } from "@/lib/locale"
import { readSearchState, searchCount } from "@/lib/search"

/** What the filter sheet would show if applied now: its "show N results" button, while the customer is still choosing. */
export async function countSearchResults(locale: string, query: string): Promise<number | null> {
  if (!isLocale(locale)) return null
  const state = readSearchState(Object.fromEntries(new URLSearchParams(query)), false)
  if (!state.q) return null
  return unlessUnavailable(searchCount(state, locale))
}
