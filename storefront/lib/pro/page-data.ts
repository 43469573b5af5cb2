import type { Answer } from "../api"
import type { Locale } from "../locale"
import { proSignIn } from "./session"

type DataOf<T> = { [K in keyof T]: T[K] extends Answer<infer D> ? D : never }

/**
 * The data of a portal page's reads. A session commerce no longer takes goes
 * to sign in (and back to `path`); any other refusal of a read the page
 * itself made is a bug, thrown to the error page.
 */
export function dataOrSignIn<T extends readonly Answer<unknown>[]>(locale: Locale, path: string, answers: readonly [...T]): DataOf<T> {
  for (const got of answers) {
    if (got.ok) continue
    if (got.code === "UNAUTHORIZED") proSignIn(locale, path)
    throw new Error(`Unexpected ${got.code} on ${path}`)
  }
  return answers.map((got) => (got as { data: unknown }).data) as DataOf<T>
}
