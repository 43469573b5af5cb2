import { notFound } from "next/navigation"
import type { ReactNode } from "react"
import { ProTabs } from "@/components/pro/pro-tabs"
import { isLocale } from "@/lib/locale"
import "@/styles/booking.css"
import "@/styles/pro.css"

/**
 * Every signed-in page of the portal: the page, then the tabs pinned to the
 * bottom of the screen. Each page checks its own session (it knows its path
 * for the way back after signing in) and draws its own header.
 */
export default async function PortalLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return (
    <div className="pro-app">
      {children}
      <ProTabs locale={locale} />
    </div>
  )
}
