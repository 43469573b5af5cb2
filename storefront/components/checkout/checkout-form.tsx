"use client"

import { QRCodeSVG } from "qrcode.react"
import { useRouter } from "next/navigation"
import { useCallback, useEffect, useState, useTransition } from "react"
import { applyPromotion, payWith, paymentProgress, prepareCheckout, type CartTotals } from "@/lib/actions/checkout"
import type { Gateway } from "@/lib/checkout"
import { localePath, messagesFor, type Locale } from "@/lib/i18n"
import { errorText } from "@/lib/messages/errors"
import { formatCny } from "@/lib/money"
import { HoldCountdown } from "./countdown"

const POLL_MS = 2000

/** On a phone, the gateways' phone pages (WeChat Pay H5, Alipay wap); elsewhere WeChat's QR code and Alipay's cashier. */
const onPhone = () => window.matchMedia("(max-width: 767px) and (pointer: coarse)").matches

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
  const t = messagesFor(locale)
  const router = useRouter()
  const [totals, setTotals] = useState<CartTotals | null>(null)
  const [gateway, setGateway] = useState<Gateway>("wechatpay")
  const [qr, setQr] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [expired, setExpired] = useState(false)
  const [paid, setPaid] = useState(false)
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
    void prepareCheckout(appointmentId).then((got) => (got.ok ? setTotals(got.totals) : refuse(got.code)))
  }, [appointmentId, refuse])

  // Once a payment is open, follow the appointment until the gateway's notification has confirmed it.
  useEffect(() => {
    if (!qr) return
    const timer = setInterval(async () => {
      const got = await paymentProgress(appointmentId)
      if (got.ok && got.paymentStatus === "paid") {
        clearInterval(timer)
        setPaid(true)
        router.replace(done)
      }
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [qr, appointmentId, done, router])

  const pay = () =>
    startBusy(async () => {
      setError(null)
      const phone = onPhone()
      // The local simulator cannot show WeChat's H5 page: the demo pays by its scan page on phones too.
      const channel = gateway === "wechatpay" ? (phone && !simulatorUrl ? "h5" : "native") : phone ? "wap" : "page"
      const got = await payWith(appointmentId, gateway, channel)
      if (!got.ok) return refuse(got.code)
      if (got.qr) setQr(got.qr)
      else if (got.redirect) window.location.assign(got.redirect)
    })

  const promo = (code: string | null) =>
    startBusy(async () => {
      setError(null)
      const got = await applyPromotion(appointmentId, code)
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
        {totals?.promotion ? (
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

      {!qr && (
        <section className="panel" aria-labelledby="pay-by">
          <h2 id="pay-by">{t.payBy}</h2>
          <div className="choice-list" role="radiogroup" aria-labelledby="pay-by">
            {(["wechatpay", "alipay"] as const).map((option) => (
              <label key={option} className="choice">
                <input type="radio" name="gateway" checked={gateway === option} onChange={() => setGateway(option)} />
                <span className={`pay-logo pay-${option}`} aria-hidden>
                  {option === "wechatpay" ? "微" : "支"}
                </span>
                <span className="choice-body">
                  <strong>{option === "wechatpay" ? t.wechatPay : t.alipay}</strong>
                </span>
              </label>
            ))}
          </div>
        </section>
      )}

      {qr && (
        <section className="panel qr-panel" aria-labelledby="scan-title">
          <h2 id="scan-title">{t.scanTitle}</h2>
          <QRCodeSVG value={qr} size={200} marginSize={2} title={t.scanTitle} />
          <p className="form-hint">{t.scanHint}</p>
          {simulatorUrl && (
            <a href={simulatorUrl} target="_blank" rel="noopener" className="link-button">
              {t.simulatorLink}
            </a>
          )}
          <p className="loading" role="status">
            {paid ? t.paidRedirecting : t.waitingForPayment}
          </p>
        </section>
      )}

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
