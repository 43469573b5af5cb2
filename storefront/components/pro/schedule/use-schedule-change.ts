"use client"

import { useRouter } from "next/navigation"
import { useState, useTransition } from "react"
import type { OrphanedBooking, ScheduleResult } from "@/lib/actions/pro/schedule"
import type { Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"

/**
 * Sends one schedule change and keeps what the form shows after it: done
 * (the page re-reads the calendar), refused with the bookings it would
 * orphan, or refused by another code.
 */
export function useScheduleChange(locale: Locale) {
  const router = useRouter()
  const [busy, start] = useTransition()
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null)
  const [orphaned, setOrphaned] = useState<OrphanedBooking[] | null>(null)
  const send = (change: () => Promise<ScheduleResult>, doneText: string, after?: () => void) =>
    start(async () => {
      setSaid(null)
      setOrphaned(null)
      const result = await change()
      if (result.ok) {
        setSaid({ ok: true, text: doneText })
        after?.()
        router.refresh()
      } else if ("orphaned" in result) setOrphaned(result.orphaned)
      else setSaid({ ok: false, text: errorText(locale, result.code) })
    })
  return { busy, said, orphaned, send }
}
