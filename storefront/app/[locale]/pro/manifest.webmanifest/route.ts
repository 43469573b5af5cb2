import type { MetadataRoute } from "next"
import { notFound } from "next/navigation"
import { messagesFor } from "@/lib/i18n"
import { isLocale, LOCALES, localePath } from "@/lib/locale"

export const dynamic = "force-static"

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }))
}

const icon = (size: number, purpose: "any" | "maskable") => ({
  src: `/pro-icons/${purpose === "maskable" ? "maskable" : "icon"}-${size}.png`,
  sizes: `${size}x${size}`,
  type: "image/png",
  purpose,
})

/**
 * The portal as an installable app, one per language: it opens on the offers
 * (`/pro` or `/en/pro`) and stays inside that language's portal.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const home = localePath(locale, "/pro")
  const manifest: MetadataRoute.Manifest = {
    id: home,
    name: t.appName,
    short_name: t.appShortName,
    description: t.appDescription,
    lang: locale,
    start_url: home,
    scope: home,
    display: "standalone",
    orientation: "portrait",
    background_color: "#fffafb",
    theme_color: "#b5476b",
    icons: [icon(192, "any"), icon(512, "any"), icon(512, "maskable")],
    shortcuts: [{ name: t.dayTitle, url: localePath(locale, "/pro/today"), icons: [icon(192, "any")] }],
  }
  return new Response(JSON.stringify(manifest), { headers: { "content-type": "application/manifest+json; charset=utf-8" } })
}
