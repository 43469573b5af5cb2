import type { Metadata } from "next"
import type { ReactNode } from "react"
import { ServiceWorker } from "@/components/pro/service-worker"
import { messagesFor } from "@/lib/i18n"
import { isLocale } from "@/lib/locale"

/** The portal is an app of its own: its name, its manifest (one per language) and its service worker. */
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = messagesFor(locale)
  return {
    title: { default: t.appName, template: `%s · ${t.appShortName}` },
    description: t.appDescription,
    manifest: `/${locale}/pro/manifest.webmanifest`,
    appleWebApp: { capable: true, title: t.appShortName, statusBarStyle: "default" },
    icons: { apple: "/pro-icons/apple-touch-icon.png" },
  }
}

export default async function ProLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  return (
    <>
      {children}
      {isLocale(locale) && <ServiceWorker locale={locale} />}
    </>
  )
}
