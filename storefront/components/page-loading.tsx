"use client"

import { useParams } from "next/navigation"
import { isLocale } from "@/lib/locale"
import { catalog } from "@/lib/messages/catalog"
import { textsOf } from "@/lib/texts"

/** While a signed-in page's data comes from commerce (loading.tsx gets no params, hence the hook). */
export function PageLoading() {
  const { locale } = useParams<{ locale: string }>()
  const t = textsOf(isLocale(locale) ? locale : "zh-CN", catalog)
  return (
    <main className="page account-page" aria-busy="true">
      <p className="loading" role="status">
        {t.loading}
      </p>
    </main>
  )
}
