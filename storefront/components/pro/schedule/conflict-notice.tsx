"use client"

import type { OrphanedBooking } from "@/lib/actions/pro/schedule"
import type { Locale } from "@/lib/locale"
import { formatClock, formatWhen } from "@/lib/clock"
import { FormStatus } from "../form-status"
import { proOffice } from "@/lib/messages/pro-office"
import { textsOf } from "@/lib/texts"

/** A change the API refused because it would leave bookings outside working time: which ones, and that nothing changed. */
export function ConflictNotice({ locale, orphaned }: { locale: Locale; orphaned: OrphanedBooking[] }) {
  const t = textsOf(locale, proOffice)
  return (
    <section className="conflict-notice" role="alert" aria-labelledby="conflict-title">
      <h3 id="conflict-title">{t.conflictTitle(orphaned.length)}</h3>
      <p>{t.conflictLead}</p>
      <ul className="conflict-list">
        {orphaned.map((booking) => (
          <li key={booking.id} data-testid="orphaned-booking">
            <strong>
              {formatWhen(booking.start, locale)}–{formatClock(booking.end, locale)}
            </strong>
            <span>{booking.service ?? t.conflictUnknownService}</span>
            {booking.district && <span>{booking.district}</span>}
          </li>
        ))}
      </ul>
    </section>
  )
}

/** What a schedule form says after a change: the bookings a refused change would have orphaned, and done or the refusal's words. */
export function ChangeOutcome({ locale, said, orphaned }: { locale: Locale; said: { ok: boolean; text: string } | null; orphaned: OrphanedBooking[] | null }) {
  return (
    <>
      {orphaned && <ConflictNotice locale={locale} orphaned={orphaned} />}
      <FormStatus said={said} />
    </>
  )
}
