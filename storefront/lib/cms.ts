import { BackendUnavailableError, getJson } from "./backend"
import type { Locale } from "./locale"

/** A piece of text inside a block of Strapi's rich text: text with its marks, or a link around text. */
export interface RichTextInline {
  type: string
  text?: string
  bold?: boolean
  italic?: boolean
  underline?: boolean
  strikethrough?: boolean
  code?: boolean
  url?: string
  children?: RichTextInline[]
}

/** A block of Strapi's rich text (paragraph, heading, list, quote, code, image); a list's children are its items, each with inline children. */
export interface RichTextBlock {
  type: string
  level?: number
  format?: "ordered" | "unordered"
  image?: { url: string; alternativeText?: string | null; width?: number | null; height?: number | null }
  children?: RichTextInline[]
}

export interface ServiceContent {
  documentId: string
  handle: string
  title: string
  subtitle: string | null
  description: RichTextBlock[] | null
  steps?: Array<{ title: string; detail: string | null }>
  aftercare?: Array<{ text: string }>
}

export interface MediaFile {
  url: string
  alternativeText: string | null
  width: number | null
  height: number | null
  formats?: Record<string, { url: string; width: number; height: number }> | null
}

/** A beautician's published profile: written, photographed and published by their studio's editors. */
export interface BeauticianContent {
  documentId: string
  beautician_id: string
  display_name: string
  bio: RichTextBlock[] | null
  years_experience: number | null
  specialties?: Array<{ name: string }>
  avatar?: MediaFile | null
}

const baseUrl = () => process.env.CMS_URL ?? "http://localhost:1337"

/** Where a browser fetches the cms's media: uploads on the cms itself are served from its public address. */
export function mediaUrl(url: string): string {
  if (/^https?:\/\//.test(url)) return url
  return `${(process.env.CMS_PUBLIC_URL ?? baseUrl()).replace(/\/+$/, "")}${url}`
}

export async function listServiceContent(locale: Locale): Promise<ServiceContent[]> {
  const { data } = await getJson<{ data: ServiceContent[] }>(
    "cms",
    `${baseUrl()}/api/service-contents?locale=${locale}&pagination[pageSize]=100`,
  )
  return data
}

export async function findServiceContent(locale: Locale, handle: string): Promise<ServiceContent | undefined> {
  const { data } = await getJson<{ data: ServiceContent[] }>(
    "cms",
    `${baseUrl()}/api/service-contents?locale=${locale}&filters[handle][$eq]=${encodeURIComponent(handle)}&populate[0]=steps&populate[1]=aftercare`,
  )
  return data[0]
}

/** The beautician's published profile in `locale`, or undefined when the studio has published none. */
export async function findBeauticianContent(locale: Locale, beauticianId: string): Promise<BeauticianContent | undefined> {
  const { data } = await getJson<{ data: BeauticianContent[] }>(
    "cms",
    `${baseUrl()}/api/beautician-profiles?locale=${locale}&filters[beautician_id][$eq]=${encodeURIComponent(beauticianId)}&populate[0]=avatar&populate[1]=specialties`,
  )
  return data[0]
}

/**
 * The cms only adds words to what commerce sells: while it cannot answer, pages
 * still show the services, with "on its way" in place of their descriptions.
 */
export async function withoutCms<T>(read: Promise<T>, fallback: T): Promise<T> {
  try {
    return await read
  } catch (error) {
    if (!(error instanceof BackendUnavailableError && error.backend === "cms")) throw error
    console.error(error.message)
    return fallback
  }
}
