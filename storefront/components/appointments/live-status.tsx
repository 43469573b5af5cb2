"use client"

import { useRouter } from "next/navigation"
import { useEffect, useState } from "react"
import type { Locale } from "@/lib/locale"
import { appointments } from "@/lib/messages/appointments"
import { textsOf } from "@/lib/texts"

/**
 * Keeps an open appointment page current: each `status` event from the
 * appointment's stream, and each reconnection (events in the gap are missed),
 * reads the page again from the server.
 */
export function LiveStatus({ locale, appointmentId }: { locale: Locale; appointmentId: string }) {
  const router = useRouter()
  const [connected, setConnected] = useState(false)
  useEffect(() => {
    const source = new EventSource(`/api/appointments/${encodeURIComponent(appointmentId)}/events`)
    let opened = false
    source.addEventListener("open", () => {
      setConnected(true)
      if (opened) router.refresh()
      opened = true
    })
    source.addEventListener("status", () => router.refresh())
    source.addEventListener("error", () => setConnected(false))
    return () => source.close()
  }, [appointmentId, router])
  return (
    <p className={`live ${connected ? "on" : ""}`} data-connected={connected}>
      <span aria-hidden /> {textsOf(locale, appointments).live}
    </p>
  )
}
