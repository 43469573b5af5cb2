import type { Locale } from "./locale"

/** One area of text (`messages/<area>.ts`): the same keys in each language. */
export type Area = Record<Locale, object>

/** The texts of the given areas, one object: `Joined<[A, B]>` is A's texts and B's. */
export type Joined<T extends readonly unknown[]> = T extends readonly [infer Head, ...infer Tail] ? (Head extends Record<Locale, infer M> ? M : never) & Joined<Tail> : unknown

const joined = new Map<Locale, { areas: readonly Area[]; texts: object }[]>()

/**
 * The texts a client component uses, from only the areas it names, so that the
 * browser downloads those areas and not the whole catalogue:
 * `const t = textsOf(locale, pro, errors)`. The same areas give the same object
 * on every render (safe in a hook's dependencies).
 */
export function textsOf<const A extends readonly Area[]>(locale: Locale, ...areas: A): Joined<A> {
  if (areas.length === 1) return areas[0][locale] as Joined<A>
  let known = joined.get(locale)
  if (!known) joined.set(locale, (known = []))
  const found = known.find((entry) => entry.areas.length === areas.length && entry.areas.every((area, i) => area === areas[i]))
  if (found) return found.texts as Joined<A>
  const texts = Object.assign({}, ...areas.map((area) => area[locale])) as object
  known.push({ areas, texts })
  return texts as Joined<A>
}
