"use client"

import { useRouter } from "next/navigation"
import { useState, useTransition } from "react"
import { cancelMine, quoteCancellation } from "@/lib/actions/appointments"
import type { CancellationQuote } from "@/lib/booking"
import type { Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { formatCny } from "@/lib/money"
import { appointments } from "@/lib/messages/appointments"
import { textsOf } from "@/lib/texts"

const yuan = (fen: number, locale: Locale) => formatCny(fen / 100, locale)

/** Cancel: first the quote (fee and refund, as commerce will charge them), then the customer's confirmation. */
export function CancelPanel({ locale, appointmentId }: { locale: Locale; appointmentId: string }) {
  const t = textsOf(locale, appointments)
  const router = useRouter()
  const [quote, setQuote] = useState<CancellationQuote | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, startBusy] = useTransition()

  const ask = () =>
    startBusy(async () => {
      setError(null)
      const got = await quoteCancellation(appointmentId)
      if (got.ok) setQuote(got.quote)
      else setError(errorText(locale, got.code))
    })

  const confirm = () =>
    startBusy(async () => {
      const got = await cancelMine(appointmentId)
      if (!got.ok) return setError(errorText(locale, got.code))
      setQuote(null)
      router.refresh()
    })

  return (
    <section className="cancel-panel">
      {!quote && (
        <button type="button" className="button button-quiet" onClick={ask} disabled={busy}>
          {t.cancel}
        </button>
      )}
      {quote && (
        <div className="panel" role="alertdialog" aria-labelledby="cancel-title" aria-describedby="cancel-quote">
          <h2 id="cancel-title">{t.cancelTitle}</h2>
          <p id="cancel-quote" data-testid="cancel-quote">
            {!quote.allowed
              ? t.cancelNotAllowed
              : quote.fee_fen > 0
                ? t.cancelQuote(yuan(quote.fee_fen, locale), yuan(quote.refund_fen, locale))
                : quote.refund_fen > 0
                  ? t.cancelFree(yuan(quote.refund_fen, locale))
                  : t.cancelUnpaid}
          </p>
          <div className="button-row">
            {quote.allowed && (
              <button type="button" className="button button-danger" onClick={confirm} disabled={busy} autoFocus>
                {busy ? t.cancelling : t.confirmCancel}
              </button>
            )}
            <button type="button" className="button button-quiet" onClick={() => setQuote(null)} disabled={busy}>
              {t.keepIt}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
