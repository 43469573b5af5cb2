"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import { isLocale, localePath, type Locale } from "@/lib/locale"
import { pro } from "@/lib/messages/pro"
import { textsOf } from "@/lib/texts"

/** The portal's five places, at the thumb's reach along the bottom of a phone. */
const TABS = [
  ["offers", "/pro", "◎"],
  ["today", "/pro/today", "◷"],
  ["schedule", "/pro/schedule", "▦"],
  ["income", "/pro/income", "¥"],
  ["me", "/pro/me", "☺"],
] as const

export function ProTabs({ locale }: { locale: Locale }) {
  const t = textsOf(locale, pro)
  // The path as routed may carry the default locale the proxy rewrote it to (`/zh-CN/pro`): compare without it.
  const [, first = "", ...rest] = usePathname().split("/")
  const pathname = isLocale(first) ? `/${rest.join("/")}` : `/${[first, ...rest].join("/")}`
  const here = (path: string) => (path === "/pro" ? pathname === path : pathname === path || pathname.startsWith(`${path}/`))
  return (
    <nav className="pro-tabs" aria-label={t.proTabsLabel}>
      {TABS.map(([key, path, icon]) => (
        <Link key={key} href={localePath(locale, path)} aria-current={here(path) ? "page" : undefined}>
          <span aria-hidden className="pro-tab-icon">
            {icon}
          </span>
          <span>{t.proTabs[key]}</span>
        </Link>
      ))}
    </nav>
  )
}
