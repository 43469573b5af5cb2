"use client"

import { useEffect } from "react"
import type { Locale } from "@/lib/locale"
import { canUseWorker, portalWorker } from "@/lib/pro/worker"

/** Registers the portal's service worker once a portal page has loaded (offline pages, notifications). */
export function ServiceWorker({ locale }: { locale: Locale }) {
  useEffect(() => {
    if (!canUseWorker()) return
    portalWorker(locale).catch((error: Error) => console.warn(`The portal's service worker did not register: ${error.message}`))
  }, [locale])
  return null
}
