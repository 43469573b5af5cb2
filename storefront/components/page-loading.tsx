"use client"

import { useParams } from "next/navigation"
import { isLocale, messagesFor } from "@/lib/i18n"

/** While a signed-in page's data comes from commerce (loading.tsx gets no params, hence the hook). */
export function PageLoading() {
  const { locale } = useParams<{ locale: string }>()
  const t = messagesFor(isLocale(locale) ? locale : "zh-CN")
  return (
    <main className="page account-page" aria-busy="true">
      <p className="loading" role="status">
        {t.loading}
      </p>
    </main>
  )
}
