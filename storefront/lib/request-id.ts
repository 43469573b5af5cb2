/**
 * `x-request-id`: one id per page view, from the storefront through commerce
 * to the cms, so that one view's lines can be found in every app's log.
 * proxy.ts gives each request its id — the incoming one when it looks like
 * one (letters, digits, `._:-`, at most 128, as commerce and the cms accept),
 * else a new one — and the calls the page makes carry it.
 */
export const REQUEST_ID_HEADER = "x-request-id"
const WELL_FORMED = /^[\w.:-]{1,128}$/

export const wellFormed = (given: string | null | undefined): given is string => !!given && WELL_FORMED.test(given)

/** The caller's id when well formed, else a new one: a client may not write anything it likes into our logs. */
export const requestIdOf = (given: string | null | undefined): string => (wellFormed(given) ? given : crypto.randomUUID())
