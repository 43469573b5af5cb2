"use client"

import { QRCodeSVG } from "qrcode.react"
import { useEffect, useRef, useState } from "react"
import type { Channel, Gateway } from "@/lib/checkout"
import type { Locale } from "@/lib/locale"
import { checkout } from "@/lib/messages/checkout"
import { textsOf } from "@/lib/texts"

/** On a phone, the gateways' phone pages (WeChat Pay H5, Alipay wap); elsewhere WeChat's QR code and Alipay's cashier. */
export function channelFor(gateway: Gateway, simulated: boolean): Channel {
  const phone = window.matchMedia("(max-width: 767px) and (pointer: coarse)").matches
  // The local simulator cannot show WeChat's H5 page: the demo pays by its scan page on phones too.
  if (gateway === "wechatpay") return phone && !simulated ? "h5" : "native"
  return phone ? "wap" : "page"
}

/** WeChat Pay or Alipay, as radio buttons with each one's mark. */
export function PaymentMethods({ locale, value, onChange }: { locale: Locale; value: Gateway; onChange: (gateway: Gateway) => void }) {
  const t = textsOf(locale, checkout)
  return (
    <section className="panel" aria-labelledby="pay-by">
      <h2 id="pay-by">{t.payBy}</h2>
      <div className="choice-list" role="radiogroup" aria-labelledby="pay-by">
        {(["wechatpay", "alipay"] as const).map((option) => (
          <label key={option} className="choice">
            <input type="radio" name="gateway" checked={value === option} onChange={() => onChange(option)} />
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
  )
}

/** WeChat Pay's QR code to scan, and the wait for the gateway's word. */
export function QrPanel({ locale, qr, paid, simulatorUrl }: { locale: Locale; qr: string; paid: boolean; simulatorUrl?: string }) {
  const t = textsOf(locale, checkout)
  return (
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
  )
}

const POLL_MS = 2000

/**
 * While a payment is open, asks every two seconds whether it has gone through
 * (the gateway's notification reaches commerce, not this page); answers
 * whether it has, and calls `onPaid` once.
 */
export function usePaid(open: boolean, isPaid: () => Promise<boolean>, onPaid: () => void): boolean {
  const [paid, setPaid] = useState(false)
  const calls = useRef({ isPaid, onPaid })
  calls.current = { isPaid, onPaid }
  useEffect(() => {
    if (!open) return
    const timer = setInterval(async () => {
      if (!(await calls.current.isPaid())) return
      clearInterval(timer)
      setPaid(true)
      calls.current.onPaid()
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [open])
  return paid
}
