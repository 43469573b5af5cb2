import { BackendUnavailableError, getJson } from "./backend"
import type { Locale } from "./i18n"

export interface RichTextBlock {
  type: string
  children?: Array<{ type: string; text?: string }>
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

const baseUrl = () => process.env.CMS_URL ?? "http://localhost:1337"

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
