import { getJson } from "./backend"
import type { Locale } from "./locale"

/** A campaign banner from the cms, shown between its start and end. */
export interface Banner {
  documentId: string
  title: string
  link: string
  image: { url: string; alternativeText: string | null; width: number | null; height: number | null } | null
}

const baseUrl = () => process.env.CMS_URL ?? "http://localhost:1337"

/** The banners running now, newest campaign first. */
export async function currentBanners(locale: Locale, now = new Date()): Promise<Banner[]> {
  const at = encodeURIComponent(now.toISOString())
  const { data } = await getJson<{ data: Banner[] }>(
    "cms",
    `${baseUrl()}/api/banners?locale=${locale}&filters[starts_at][$lte]=${at}&filters[ends_at][$gt]=${at}&sort=starts_at:desc&populate=image&pagination[pageSize]=5`,
  )
  return data.map((banner) => ({ ...banner, image: banner.image ? { ...banner.image, url: new URL(banner.image.url, baseUrl()).toString() } : null }))
}
