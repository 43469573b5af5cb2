"use client"

import { useRouter } from "next/navigation"
import { useCallback, useEffect, useState, useTransition } from "react"
import { applyPromotion, payWith, paymentProgress, prepareCheckout, type CartTotals } from "@/lib/actions/checkout"
import type { Gateway } from "@/lib/checkout"
import { localePath, type Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { formatCny } from "@/lib/money"
import { HoldCountdown } from "./countdown"
import { channelFor, PaymentMethods, QrPanel, usePaid } from "./payment-parts"
import { checkout } from "@/lib/messages/checkout"
import { textsOf } from "@/lib/texts"

/**
 * The checkout's live part: the hold's countdown, the total (with a promotion
 * code), the payment method, then the QR code (or the gateway's page) and the
 * wait until the gateway's notification has confirmed the appointment.
 */
export function CheckoutForm({
  locale,
  appointmentId,
  expiresAt,
  bookAgainPath,
  simulatorUrl,
}: {
  locale: Locale
  appointmentId: string
  expiresAt: string
  bookAgainPath: string
  /** The local WeChat Pay simulator's scan page, when the demo runs one. */
  simulatorUrl?: string
}) {
  const t = textsOf(locale, checkout)
  const router = useRouter()
  const [totals, setTotals] = useState<CartTotals | null>(null)
  const [gateway, setGateway] = useState<Gateway>("wechatpay")
  const [qr, setQr] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [expired, setExpired] = useState(false)
  const [busy, startBusy] = useTransition()
  const done = `${localePath(locale, `/appointments/${appointmentId}`)}?paid=1`

  const refuse = useCallback(
    (code: string) => {
      if (code === "ALREADY_PAID") return router.replace(done)
      if (code === "HOLD_EXPIRED") setExpired(true)
      setError(errorText(locale, code))
    },
    [done, locale, router],
  )

  useEffect(() => {
    void prepareCheckout(appointmentId, locale).then((got) => (got.ok ? setTotals(got.totals) : refuse(got.code)))
  }, [appointmentId, locale, refuse])

  // Once a payment is open, follow the appointment until the gateway's notification has confirmed it.
  const paid = usePaid(
    qr !== null,
    async () => {
      const got = await paymentProgress(appointmentId)
      return got.ok && got.paymentStatus === "paid"
    },
    () => router.replace(done),
  )

  const pay = () =>
    startBusy(async () => {
      setError(null)
      const channel = channelFor(gateway, Boolean(simulatorUrl))
      const got = await payWith(appointmentId, locale, gateway, channel)
      if (!got.ok) return refuse(got.code)
      if (got.qr) setQr(got.qr)
      else if (got.redirect) window.location.assign(got.redirect)
    })

  const promo = (code: string | null) =>
    startBusy(async () => {
      setError(null)
      const got = await applyPromotion(appointmentId, locale, code)
      if (got.ok) setTotals(got.totals)
      else refuse(got.code)
    })

  if (expired) {
    return (
      <section className="notice notice-error" role="alert">
        <h2>{t.holdExpiredTitle}</h2>
        <p>{t.holdExpiredBody}</p>
        <a className="button" href={bookAgainPath}>
          {t.chooseAgain}
        </a>
      </section>
    )
  }

  return (
    <div className="checkout">
      <HoldCountdown locale={locale} expiresAt={expiresAt} onEnd={() => setExpired(true)} />

      <section className="panel" aria-labelledby="totals-title">
        <h2 id="totals-title">{t.total}</h2>
        {totals === null ? (
          <p className="loading" role="status">
            {t.preparing}
          </p>
        ) : (
          <dl className="totals">
            <dt>{t.subtotal}</dt>
            <dd>{formatCny(totals.subtotal, locale)}</dd>
            {totals.discount > 0 && (
              <>
                <dt>{t.discount}</dt>
                <dd>−{formatCny(totals.discount, locale)}</dd>
              </>
            )}
            <dt className="grand">{t.total}</dt>
            <dd className="grand" data-testid="total">
              {formatCny(totals.total, locale)}
            </dd>
          </dl>
        )}
        {qr ? null : totals?.promotion ? (
          <p className="promo-applied">
            {t.promoApplied(totals.promotion)}{" "}
            <button type="button" className="link-button" onClick={() => promo(null)} disabled={busy}>
              {t.removePromo}
            </button>
          </p>
        ) : (
          <form
            className="field-row"
            onSubmit={(event) => {
              event.preventDefault()
              const code = String(new FormData(event.currentTarget).get("promo") ?? "").trim()
              if (code) promo(code)
            }}
          >
            <label className="field">
              <span>{t.promoCode}</span>
              <input name="promo" autoComplete="off" maxLength={40} />
            </label>
            <button type="submit" className="button button-secondary" disabled={busy || totals === null}>
              {t.apply}
            </button>
          </form>
        )}
      </section>

      {!qr && <PaymentMethods locale={locale} value={gateway} onChange={setGateway} />}
      {qr && <QrPanel locale={locale} qr={qr} paid={paid} simulatorUrl={simulatorUrl} />}

      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}

      {!qr && (
        <div className="summary-bar">
          <div>
            <strong>{totals ? formatCny(totals.total, locale) : "…"}</strong>
            <small>{gateway === "wechatpay" ? t.wechatPay : t.alipay}</small>
          </div>
          <button type="button" className="button" onClick={pay} disabled={busy || totals === null}>
            {busy ? t.opening : t.payNow(totals ? formatCny(totals.total, locale) : "")}
          </button>
        </div>
      )}
    </div>
  )
}
