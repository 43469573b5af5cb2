"use client"

import Link from "next/link"
import { useRouter } from "next/navigation"
import { useRef, useState, useTransition } from "react"
import { closeMine, replyOnTicket } from "@/lib/actions/support"
import { localePath, type Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { support } from "@/lib/messages/support"
import { textsOf } from "@/lib/texts"

/** Writing again on a ticket, or closing it (after a second look); a closed one points to a new ticket instead. */
export function TicketReply({ locale, ticketId, closed }: { locale: Locale; ticketId: string; closed: boolean }) {
  const t = textsOf(locale, support)
  const router = useRouter()
  const form = useRef<HTMLFormElement>(null)
  const [error, setError] = useState<{ code: string } | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [busy, startBusy] = useTransition()
  const newTicket = (
    <Link className="button button-secondary" href={`${localePath(locale, "/support")}#new-ticket`}>
      {t.newTicketInstead}
    </Link>
  )

  if (closed) {
    return (
      <section className="notice" aria-label={t.ticketClosedNote}>
        <p>{t.ticketClosedNote}</p>
        {newTicket}
      </section>
    )
  }

  const settle = (done: { ok: boolean; code?: string }) => {
    if (!done.ok) return setError({ code: done.code ?? "UNKNOWN" })
    form.current?.reset()
    setConfirming(false)
    router.refresh()
  }

  return (
    <section className="panel" aria-labelledby="reply-title">
      <h2 id="reply-title">{t.writeAgain}</h2>
      <form
        ref={form}
        className="form"
        onSubmit={(event) => {
          event.preventDefault()
          const body = String(new FormData(event.currentTarget).get("body")).trim()
          startBusy(async () => {
            setError(null)
            settle(await replyOnTicket(ticketId, body))
          })
        }}
      >
        <label className="field">
          <span>{t.reply}</span>
          <textarea name="body" required minLength={2} maxLength={2000} rows={4} />
        </label>
        {error && (
          <div className="form-error" role="alert">
            <p>{errorText(locale, error.code)}</p>
            {error.code === "TICKET_CLOSED" && newTicket}
          </div>
        )}
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {busy && !confirming ? t.sending : t.sendReply}
          </button>
          {!confirming && (
            <button type="button" className="button button-quiet" onClick={() => setConfirming(true)} disabled={busy}>
              {t.closeTicket}
            </button>
          )}
        </div>
      </form>
      {confirming && (
        <div className="confirm-box" role="alertdialog" aria-labelledby="close-confirm">
          <p id="close-confirm">{t.closeConfirm}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button-danger"
              autoFocus
              disabled={busy}
              onClick={() =>
                startBusy(async () => {
                  setError(null)
                  settle(await closeMine(ticketId))
                })
              }
            >
              {t.confirmClose}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setConfirming(false)} disabled={busy}>
              {t.keepOpen}
            </button>
          </div>
        </div>
      )}
    </section>
  )
}
