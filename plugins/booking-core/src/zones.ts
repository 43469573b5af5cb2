import { IANAZone } from "luxon"

const known = new Set<string>()

/** Whether `zone` is an IANA time zone name; asking the runtime is slow, so each answer "yes" is kept. */
export function isKnownZone(zone: string): boolean {
  if (known.has(zone)) return true
  if (!IANAZone.isValidZone(zone)) return false
  known.add(zone)
  return true
}
