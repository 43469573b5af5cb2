"use client"

import { useEffect, useState } from "react"
import type { Locale } from "@/lib/locale"
import { formatClock } from "@/lib/clock"
import { askWorker } from "@/lib/pro/worker"
import { proOffers } from "@/lib/messages/pro-offers"
import { textsOf } from "@/lib/texts"

/**
 * On pages kept for offline reading (today's route and its jobs): asks the
 * service worker to keep `keep` (this page and the jobs it leads to), and
 * says when what is shown is a saved copy — the device is offline, or the
 * worker answered from its copy — with the time it was saved.
 */
export function OfflineNotice({ locale, renderedAt, keep }: { locale: Locale; renderedAt: string; keep: string[] }) {
  const [savedAt, setSavedAt] = useState<string | null>(null)
  const [kept, setKept] = useState(false)
  const keepKey = keep.join(" ")
  useEffect(() => {
    let cancelled = false
    const check = async () => {
      const copy = await askWorker<{ savedAt: string | null }>({ type: "saved-copy" })
      if (cancelled) return
      setSavedAt(copy?.savedAt ?? (navigator.onLine ? null : renderedAt))
    }
    void check()
    const offline = () => setSavedAt((current) => current ?? renderedAt)
    const online = () => setSavedAt(null)
    window.addEventListener("offline", offline)
    window.addEventListener("online", online)
    return () => {
      cancelled = true
      window.removeEventListener("offline", offline)
      window.removeEventListener("online", online)
    }
  }, [renderedAt])
  useEffect(() => {
    if (!navigator.onLine || !keepKey) return
    void askWorker<{ kept: number }>({ type: "keep", paths: keepKey.split(" ") }, { waitMs: 10_000, timeoutMs: 30_000 }).then((answer) => setKept(Boolean(answer)))
  }, [keepKey])
  return (
    <div role="status" className={savedAt ? "offline-notice" : undefined} data-kept-offline={kept}>
      {savedAt && textsOf(locale, proOffers).offlineSaved(formatClock(savedAt, locale))}
    </div>
  )
}
