"use client"

import { useRouter } from "next/navigation"
import { useState, useTransition } from "react"
import { SlotPicker } from "@/components/booking/slot-picker"
import { moveMine } from "@/lib/actions/appointments"
import type { Slot, VisitAddress } from "@/lib/booking"
import type { Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { formatWhen } from "@/lib/clock"
import { appointments } from "@/lib/messages/appointments"
import { booking } from "@/lib/messages/booking"
import { textsOf } from "@/lib/texts"

/** Another time with the same beautician, address and service, picked as when booking. */
export function ReschedulePanel({
  locale,
  appointmentId,
  variantId,
  beauticianId,
  place,
  dates,
}: {
  locale: Locale
  appointmentId: string
  variantId: string
  beauticianId: string
  place: VisitAddress
  dates: string[]
}) {
  const t = textsOf(locale, appointments, booking)
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [slot, setSlot] = useState<Slot | null>(null)
  const [refresh, setRefresh] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const [busy, startBusy] = useTransition()

  const move = () =>
    startBusy(async () => {
      if (!slot) return
      setError(null)
      const got = await moveMine(appointmentId, slot.start)
      if (got.ok) {
        setOpen(false)
        return router.refresh()
      }
      setError(errorText(locale, got.code))
      if (got.code === "SLOT_UNAVAILABLE") {
        setSlot(null)
        setRefresh((n) => n + 1)
      }
    })

  if (!open) {
    return (
      <button type="button" className="button button-quiet" onClick={() => setOpen(true)}>
        {t.reschedule}
      </button>
    )
  }
  return (
    <section className="panel reschedule-panel" aria-labelledby="reschedule-title">
      <h2 id="reschedule-title">{t.rescheduleTitle}</h2>
      <p className="form-hint">{t.rescheduleSameBeautician}</p>
      <SlotPicker locale={locale} variantId={variantId} place={place} beauticianId={beauticianId} dates={dates} selected={slot} refresh={refresh} onSelect={setSlot} />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={move} disabled={!slot || busy}>
          {busy ? t.rescheduling : slot ? t.confirmReschedule(formatWhen(slot.start, locale)) : t.pickTime}
        </button>
        <button type="button" className="button button-quiet" onClick={() => setOpen(false)} disabled={busy}>
          {t.keepTime}
        </button>
      </div>
    </section>
  )
}
