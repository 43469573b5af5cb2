"use client"

import { useEffect, useState } from "react"
import { forgetPushSubscription, pushKey, savePushSubscription } from "@/lib/actions/pro/day"
import type { Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import type { PushSubscriptionJson } from "@/lib/pro/day"
import { canUseWorker, portalWorker } from "@/lib/pro/worker"
import { proOffers } from "@/lib/messages/pro-offers"
import { textsOf } from "@/lib/texts"

type State = "checking" | "unsupported" | "off" | "on" | "blocked"

/** The VAPID key as browsers take it (`applicationServerKey`): base64url to bytes. */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(base64url.length / 4) * 4, "=")
  const raw = atob(base64)
  const bytes = new Uint8Array(new ArrayBuffer(raw.length))
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i)
  return bytes
}

const pushSupported = () => canUseWorker() && "PushManager" in window && "Notification" in window

/**
 * Offers a notification when a job is offered while the app is closed (Web
 * Push): asked for only when the beautician taps the button, never on load.
 */
export function PushToggle({ locale }: { locale: Locale }) {
  const t = textsOf(locale, proOffers)
  const [state, setState] = useState<State>("checking")
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    if (!pushSupported()) return setState("unsupported")
    if (Notification.permission === "denied") return setState("blocked")
    portalWorker(locale)
      .then((registration) => registration.pushManager.getSubscription())
      .then((subscription) => setState(subscription && Notification.permission === "granted" ? "on" : "off"))
      .catch(() => setState("off"))
  }, [locale])

  async function turnOn() {
    setProblem(null)
    const key = await pushKey()
    if (!key.ok) return setProblem(errorText(locale, key.code))
    if (!key.key) return setProblem(t.pushNotConfigured)
    const permission = await Notification.requestPermission()
    if (permission === "denied") return setState("blocked")
    if (permission !== "granted") return
    let subscription: PushSubscription
    try {
      const registration = await portalWorker(locale)
      subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(key.key) })
    } catch {
      return setProblem(t.pushFailed)
    }
    const saved = await savePushSubscription(subscription.toJSON() as PushSubscriptionJson)
    if (saved.ok) return setState("on")
    await subscription.unsubscribe().catch(() => undefined)
    setProblem(errorText(locale, saved.code))
  }

  async function turnOff() {
    setProblem(null)
    const subscription = await (await portalWorker(locale)).pushManager.getSubscription()
    if (subscription) {
      const forgotten = await forgetPushSubscription(subscription.endpoint)
      if (!forgotten.ok) return setProblem(errorText(locale, forgotten.code))
      await subscription.unsubscribe().catch(() => undefined)
    }
    setState("off")
  }

  const text = { checking: t.pushLeadOff, off: t.pushLeadOff, on: t.pushOn, blocked: t.pushBlocked, unsupported: t.pushUnsupported }[state]
  return (
    <section className="push-toggle" aria-labelledby="push-title" data-state={state}>
      <div>
        <h2 id="push-title">{t.pushTitle}</h2>
        <p>{text}</p>
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
      </div>
      {(state === "off" || state === "on") && (
        <button
          type="button"
          className={`button ${state === "on" ? "button-quiet" : "button-secondary"}`}
          disabled={busy}
          onClick={() => {
            setBusy(true)
            void (state === "on" ? turnOff() : turnOn()).finally(() => setBusy(false))
          }}
        >
          {state === "on" ? t.pushTurnOff : t.pushTurnOn}
        </button>
      )}
    </section>
  )
}
