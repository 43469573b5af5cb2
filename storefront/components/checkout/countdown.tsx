"use client"

import { useEffect, useState } from "react"
import type { Locale } from "@/lib/locale"
import { checkout } from "@/lib/messages/checkout"
import { textsOf } from "@/lib/texts"

const clock = (ms: number) => {
  const seconds = Math.max(0, Math.ceil(ms / 1000))
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`
}

/** The time left on the hold, to the second; at zero it says so and calls `onEnd`. */
export function HoldCountdown({ locale, expiresAt, onEnd }: { locale: Locale; expiresAt: string; onEnd?: () => void }) {
  const t = textsOf(locale, checkout)
  const end = new Date(expiresAt).getTime()
  // The server renders no number (its clock is not the browser's); the first tick fills it in.
  const [left, setLeft] = useState<number | null>(null)
  useEffect(() => {
    const tick = () => {
      const remaining = end - Date.now()
      setLeft(remaining)
      if (remaining <= 0) {
        clearInterval(timer)
        onEnd?.()
      }
    }
    const timer = setInterval(tick, 1000)
    tick()
    return () => clearInterval(timer)
  }, [end, onEnd])
  const ended = left !== null && left <= 0
  return (
    <div className={`countdown ${ended ? "ended" : ""}`} role="timer" aria-live="off">
      <strong>{ended ? t.holdEnded : t.heldFor}</strong>
      {!ended && <span>{t.holdEndsIn(left === null ? "–:––" : clock(left))}</span>}
    </div>
  )
}
