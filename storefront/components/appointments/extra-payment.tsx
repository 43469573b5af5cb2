"use client"

import { useRouter } from "next/navigation"
import { useState, useTransition } from "react"
import { channelFor, PaymentMethods, QrPanel, usePaid } from "@/components/checkout/payment-parts"
import { extraPaid, payBalance, payTip } from "@/lib/actions/appointments"
import type { Gateway } from "@/lib/checkout"
import type { Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { formatCny } from "@/lib/money"
import { appointments } from "@/lib/messages/appointments"
import { textsOf } from "@/lib/texts"

const TIPS_FEN = [1000, 2000, 5000, 10000]

/**
 * Paying after the visit: a tip (a chosen amount) or a deposit booking's
 * balance (the amount due), by WeChat Pay or Alipay, like the checkout.
 */
export function ExtraPayment({
  locale,
  appointmentId,
  kind,
  dueFen,
  simulatorUrl,
}: {
  locale: Locale
  appointmentId: string
  kind: "tip" | "balance"
  /** The balance due; a tip's amount is the customer's choice. */
  dueFen?: number
  simulatorUrl?: string
}) {
  const t = textsOf(locale, appointments)
  const router = useRouter()
  const [amountFen, setAmountFen] = useState(dueFen ?? TIPS_FEN[1])
  const [gateway, setGateway] = useState<Gateway>("wechatpay")
  const [qr, setQr] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, startBusy] = useTransition()
  const amount = formatCny(amountFen / 100, locale)

  const paid = usePaid(
    qr !== null,
    async () => {
      const got = await extraPaid(appointmentId, kind)
      return got.ok && got.paid
    },
    () => router.refresh(),
  )

  const pay = () =>
    startBusy(async () => {
      setError(null)
      const channel = channelFor(gateway, Boolean(simulatorUrl))
      const got = kind === "tip" ? await payTip(appointmentId, amountFen, gateway, channel) : await payBalance(appointmentId, gateway, channel)
      if (!got.ok) return setError(errorText(locale, got.code))
      if (got.qr) setQr(got.qr)
      else if (got.redirect) window.location.assign(got.redirect)
    })

  return (
    <section className="panel extra-payment" aria-labelledby={`${kind}-title`}>
      <h2 id={`${kind}-title`}>{kind === "tip" ? t.tipTitle : t.balanceTitle}</h2>
      <p className="form-hint">{kind === "tip" ? t.tipHint : t.balanceDue(amount)}</p>
      {kind === "tip" && !qr && (
        <div className="tip-amounts" role="radiogroup" aria-labelledby={`${kind}-title`}>
          {TIPS_FEN.map((fen) => (
            <button key={fen} type="button" role="radio" aria-checked={amountFen === fen} className={`slot ${amountFen === fen ? "selected" : ""}`} onClick={() => setAmountFen(fen)}>
              {formatCny(fen / 100, locale)}
            </button>
          ))}
          <label className="field">
            <span>{t.tipOther}</span>
            <input type="number" inputMode="numeric" min={1} max={500} step={1} onChange={(e) => e.target.value && setAmountFen(Math.round(Number(e.target.value) * 100))} />
          </label>
        </div>
      )}
      {!qr && <PaymentMethods locale={locale} value={gateway} onChange={setGateway} />}
      {qr && <QrPanel locale={locale} qr={qr} paid={paid} simulatorUrl={simulatorUrl} />}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!qr && (
        <button type="button" className="button" onClick={pay} disabled={busy || amountFen < 100}>
          {kind === "tip" ? t.tipPay(amount) : t.balancePay(amount)}
        </button>
      )}
    </section>
  )
}
