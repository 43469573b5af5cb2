"use client"

import Link from "next/link"
import { useRouter } from "next/navigation"
import { useState, useTransition } from "react"
import { closeAccount } from "@/lib/actions/account"
import { localePath, type Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { settings } from "@/lib/messages/settings"
import { textsOf } from "@/lib/texts"

/**
 * Deleting the account: what goes and what stays, then a second step that
 * needs the customer to tick that they understand. Upcoming visits block it,
 * with the way to them.
 */
export function DeleteAccount({ locale }: { locale: Locale }) {
  const t = textsOf(locale, settings)
  const router = useRouter()
  const [confirming, setConfirming] = useState(false)
  const [understood, setUnderstood] = useState(false)
  const [refusal, setRefusal] = useState<{ code: string; upcoming?: number } | null>(null)
  const [busy, startBusy] = useTransition()

  const confirm = () =>
    startBusy(async () => {
      setRefusal(null)
      const done = await closeAccount()
      if (!done.ok) return setRefusal({ code: done.code, upcoming: done.upcoming })
      router.replace(localePath(locale, "/account/deleted"))
    })

  return (
    <section className="panel danger-zone" aria-labelledby="delete-title">
      <h2 id="delete-title">{t.deleteTitle}</h2>
      <p className="form-hint">{t.deleteLead}</p>
      {!confirming ? (
        <button type="button" className="button button-quiet danger-text" onClick={() => setConfirming(true)}>
          {t.deleteAccount}
        </button>
      ) : (
        <div className="confirm-box" role="alertdialog" aria-labelledby="delete-confirm-title" aria-describedby="delete-title">
          <h3 id="delete-confirm-title">{t.deleteConfirmTitle}</h3>
          <label className="check">
            <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
            <span>{t.deleteUnderstand}</span>
          </label>
          <div className="button-row">
            <button type="button" className="button button-danger" onClick={confirm} disabled={busy || !understood}>
              {busy ? t.deleting : t.confirmDelete}
            </button>
            <button
              type="button"
              className="button button-quiet"
              autoFocus
              onClick={() => {
                setConfirming(false)
                setUnderstood(false)
                setRefusal(null)
              }}
              disabled={busy}
            >
              {t.keepAccount}
            </button>
          </div>
        </div>
      )}
      {refusal && (
        <div className="form-error" role="alert">
          <p>{refusal.code === "HAS_UPCOMING_APPOINTMENTS" && refusal.upcoming ? t.upcomingBlocks(refusal.upcoming) : errorText(locale, refusal.code)}</p>
          {refusal.code === "HAS_UPCOMING_APPOINTMENTS" && (
            <Link className="button button-secondary" href={localePath(locale, "/appointments")}>
              {t.seeAppointments}
            </Link>
          )}
        </div>
      )}
    </section>
  )
}
