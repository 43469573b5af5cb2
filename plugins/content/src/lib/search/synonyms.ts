/**
 * Words customers use for the same service, kept in code so both engines
 * agree: PostgreSQL expands the query with them (`queryVariants`), Meilisearch
 * receives them as its `synonyms` setting (`meilisearchSynonyms`).
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["按摩", "推拿", "massage"],
  ["美发", "理发", "剪发", "haircut"],
  ["美睫", "睫毛嫁接", "接睫毛", "eyelash extension", "lash extension"],
  ["美甲", "做指甲", "manicure", "nail art"],
  ["护肤", "皮肤护理", "面部护理", "facial"],
  ["补水", "保湿", "hydrating"],
  ["足疗", "足浴", "foot massage"],
  ["纹眉", "眉毛", "brow"],
]

/** The query as typed, then with each synonym found swapped for the others of its group (first match per group). */
export function queryVariants(query: string, groups: readonly (readonly string[])[] = SYNONYM_GROUPS): string[] {
  const variants = new Set([query])
  const lower = query.toLowerCase()
  for (const group of groups) {
    const found = group.find((word) => lower.includes(word.toLowerCase()))
    if (!found) continue
    const at = lower.indexOf(found.toLowerCase())
    for (const word of group) {
      if (word !== found) variants.add(query.slice(0, at) + word + query.slice(at + found.length))
    }
  }
  return [...variants]
}

/** Every word of a group names every other one. */
export function meilisearchSynonyms(groups: readonly (readonly string[])[] = SYNONYM_GROUPS): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {}
  for (const group of groups) for (const word of group) synonyms[word] = group.filter((other) => other !== word)
  return synonyms
}
