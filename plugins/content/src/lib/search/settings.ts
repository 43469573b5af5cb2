import { meilisearchSynonyms } from "./synonyms"

/**
 * The Meilisearch index's settings, versioned with the code and applied at
 * every start (the same settings twice is a no-op there). PostgreSQL's
 * counterpart is the content module's migrations and `./postgres.ts`.
 */
export const SEARCH_INDEX = "doorstep_content"

export const INDEX_SETTINGS = {
  searchableAttributes: ["title", "text"],
  filterableAttributes: ["type", "locale", "category", "price_min", "price_max", "districts", "rating", "merchant_handle", "_geo"],
  sortableAttributes: ["rating", "price_min", "_geo"],
  rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
  synonyms: meilisearchSynonyms(),
  // Chinese words run together: let a part of one match without spaces (Meilisearch segments CJK with charabia).
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  faceting: { maxValuesPerFacet: 100 },
  pagination: { maxTotalHits: 10000 },
}
