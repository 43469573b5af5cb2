import type { Metadata, Viewport } from "next"
import { notFound } from "next/navigation"
import type { ReactNode } from "react"
import { messagesFor } from "@/lib/i18n"
import { isLocale, LOCALES } from "@/lib/locale"
import "../globals.css"

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#b5476b" }

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = messagesFor(locale)
  return { title: t.brand, description: t.tagline }
}

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }))
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return (
    <html lang={locale}>
      <body>
        {children}
        <footer className="site-footer">{messagesFor(locale).footer}</footer>
      </body>
    </html>
  )
}
