/**
 * The cms types commerce keeps an index of: what search finds (services,
 * beauticians, articles) and what commerce shows of a studio. For each, the
 * public read that fetches a published entry (only populate the cms allows)
 * and how an entry becomes an index row.
 */

export const LOCALES = ["zh-CN", "en"] as const
export type Locale = (typeof LOCALES)[number]

/** Strapi's rich text ("blocks"): nested nodes, text in the leaves. */
type Blocks = Array<{ text?: string; children?: Blocks }> | null | undefined

interface Media {
  url: string
  alternativeText?: string | null
  formats?: Record<string, { url: string } | undefined> | null
}

export type CmsEntry = Record<string, any> & { documentId: string; locale?: string | null; publishedAt?: string | null }

export interface IndexRow {
  ref: string
  merchant_handle: string | null
  title: string
  text: string
  data: Record<string, unknown>
}

interface IndexedType {
  plural: string
  /** The query string of the public read, `populate` within the cms's whitelist. */
  populate: string
  row(entry: CmsEntry): IndexRow | null
}

/** The plain text of rich text, a paragraph a line. */
export function plainText(blocks: Blocks): string {
  if (!Array.isArray(blocks)) return ""
  const leaves = (nodes: Blocks): string => (nodes ?? []).map((node) => (typeof node.text === "string" ? node.text : leaves(node.children))).join("")
  return blocks
    .map((block) => leaves([block]).trim())
    .filter(Boolean)
    .join("\n")
}

/** An image as a listing shows it: the small rendition when Strapi made one. */
const picture = (media: Media | null | undefined) =>
  media?.url ? { url: media.url, thumbnail_url: media.formats?.small?.url ?? media.formats?.thumbnail?.url ?? media.url, alt: media.alternativeText ?? null } : null

const names = (items: Array<{ name?: string }> | null | undefined) => (items ?? []).map((item) => item.name).filter((name): name is string => Boolean(name))
const lines = (...parts: Array<string | null | undefined | false>) => parts.filter((part): part is string => Boolean(part && part.trim())).join("\n")

export const INDEXED_TYPES: Record<string, IndexedType> = {
  "beautician-profile": {
    plural: "beautician-profiles",
    populate: "populate[0]=avatar&populate[1]=specialties&populate[2]=languages",
    row: (entry) =>
      entry.beautician_id
        ? {
            ref: entry.beautician_id,
            merchant_handle: entry.merchant_handle ?? null,
            title: entry.display_name ?? "",
            text: lines(names(entry.specialties).join(" "), plainText(entry.bio)),
            data: { avatar: picture(entry.avatar), specialties: names(entry.specialties), languages: names(entry.languages), years_experience: entry.years_experience ?? null },
          }
        : null,
  },
  "service-content": {
    plural: "service-contents",
    populate: "populate[0]=steps&populate[1]=aftercare&populate[2]=images",
    row: (entry) =>
      entry.handle
        ? {
            ref: entry.handle,
            merchant_handle: entry.merchant_handle || null,
            title: entry.title ?? "",
            text: lines(entry.subtitle, plainText(entry.description), ...(entry.steps ?? []).map((step: { title?: string; detail?: string }) => lines(step.title, step.detail))),
            data: { subtitle: entry.subtitle ?? null, image: picture(entry.images?.[0]) },
          }
        : null,
  },
  article: {
    plural: "articles",
    populate: "populate[0]=cover",
    row: (entry) =>
      entry.slug ? { ref: entry.slug, merchant_handle: null, title: entry.title ?? "", text: lines(entry.summary, plainText(entry.body)), data: { summary: entry.summary ?? null, cover: picture(entry.cover) } } : null,
  },
  "merchant-page": {
    plural: "merchant-pages",
    populate: "populate[0]=photos",
    row: (entry) =>
      entry.merchant_handle
        ? {
            ref: entry.merchant_handle,
            merchant_handle: entry.merchant_handle,
            title: entry.name ?? "",
            text: lines(plainText(entry.intro), entry.location),
            data: { intro: plainText(entry.intro), opening_hours: entry.opening_hours ?? null, location: entry.location ?? null, photos: (entry.photos ?? []).map(picture) },
          }
        : null,
  },
}

export const isIndexed = (model: string): model is keyof typeof INDEXED_TYPES => Object.prototype.hasOwnProperty.call(INDEXED_TYPES, model)
