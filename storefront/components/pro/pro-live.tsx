"use client"

import { useRouter } from "next/navigation"
import { useEffect, useState } from "react"
import type { Locale } from "@/lib/locale"
import { proOffers } from "@/lib/messages/pro-offers"
import { textsOf } from "@/lib/texts"

/**
 * Keeps a portal page current: each `offer` or `job` event from the
 * beautician's stream, and each reconnection (events in the gap are missed),
 * reads the page again from the server. The browser's EventSource reconnects
 * by itself.
 */
export function ProLive({ locale }: { locale: Locale }) {
  const router = useRouter()
  const [state, setState] = useState<"connecting" | "on" | "lost">("connecting")
  useEffect(() => {
    const source = new EventSource("/api/pro/events")
    let opened = false
    source.addEventListener("open", () => {
      setState("on")
      if (opened) router.refresh()
      opened = true
    })
    source.addEventListener("offer", () => router.refresh())
    source.addEventListener("job", () => router.refresh())
    source.addEventListener("error", () => setState("lost"))
    return () => source.close()
  }, [router])
  const t = textsOf(locale, proOffers)
  return (
    <p className={`live ${state === "on" ? "on" : ""}`} data-connected={state === "on"}>
      <span aria-hidden /> {state === "on" ? t.offersLive : state === "lost" ? t.offersReconnecting : t.offersConnecting}
    </p>
  )
}
