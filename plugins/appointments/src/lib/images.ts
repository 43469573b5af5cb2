/** Photos we take (service records, profiles, reviews, applicants' documents), told by their first bytes (what the phone says the type is counts for nothing). */
const SIGNATURES: Array<{ type: string; extension: string; matches: (head: Buffer) => boolean }> = [
  { type: "image/jpeg", extension: "jpg", matches: (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff },
  { type: "image/png", extension: "png", matches: (head) => head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: "image/webp", extension: "webp", matches: (head) => head.subarray(0, 4).toString("latin1") === "RIFF" && head.subarray(8, 12).toString("latin1") === "WEBP" },
  { type: "image/heic", extension: "heic", matches: (head) => head.subarray(4, 8).toString("latin1") === "ftyp" && /^(heic|heix|mif1|msf1)$/.test(head.subarray(8, 12).toString("latin1")) },
]

/** The photo's real type, or null when it is none we take (of `accepted`, when given). */
export function imageKind(content: Buffer, accepted?: readonly string[]): { type: string; extension: string } | null {
  const found = SIGNATURES.find((signature) => content.length >= 12 && signature.matches(content))
  if (!found || (accepted && !accepted.includes(found.type))) return null
  return { type: found.type, extension: found.extension }
}

/** What every browser can show: HEIC is left out where anyone may look at the photo (Chrome and Firefox cannot). */
export const BROWSER_IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const

/** At most this big (a phone's full-size photo), and one at a time. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024
