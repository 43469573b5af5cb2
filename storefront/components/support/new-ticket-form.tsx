"use client"

import { useRouter } from "next/navigation"
import { useState, useTransition } from "react"
import { sendTicket } from "@/lib/actions/support"
import { localePath, type Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import type { Ticket } from "@/lib/support"
import { support } from "@/lib/messages/support"
import { textsOf } from "@/lib/texts"

export interface AppointmentChoice {
  id: string
  label: string
}

/** Feedback or a complaint, optionally about one of the customer's appointments; sent, it opens as its own thread. */
export function NewTicketForm({ locale, appointments, about }: { locale: Locale; appointments: AppointmentChoice[]; about?: string }) {
  const t = textsOf(locale, support)
  const router = useRouter()
  const [kind, setKind] = useState<Ticket["kind"]>("feedback")
  const [error, setError] = useState<string | null>(null)
  const [busy, startBusy] = useTransition()

  return (
    <section className="panel" id="new-ticket" aria-labelledby="new-ticket-title">
      <h2 id="new-ticket-title">{t.newTicket}</h2>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault()
          const data = new FormData(event.currentTarget)
          const appointmentId = String(data.get("appointment") ?? "")
          startBusy(async () => {
            setError(null)
            const sent = await sendTicket({
              kind,
              subject: String(data.get("subject")).trim(),
              body: String(data.get("body")).trim(),
              ...(appointmentId ? { appointment_id: appointmentId } : {}),
            })
            if (!sent.ok) return setError(errorText(locale, sent.code))
            router.push(localePath(locale, `/support/${sent.id}`))
          })
        }}
      >
        <fieldset className="choice-list choice-row">
          <legend>{t.ticketKind}</legend>
          {(["feedback", "complaint"] as const).map((option) => (
            <label key={option} className="choice">
              <input type="radio" name="kind" value={option} checked={kind === option} onChange={() => setKind(option)} />
              <span className="choice-body">
                {t.kinds[option]}
                <small>{t.kindHints[option]}</small>
              </span>
            </label>
          ))}
        </fieldset>
        {appointments.length > 0 && (
          <label className="field">
            <span>{t.aboutAppointment}</span>
            <select name="appointment" defaultValue={about ?? ""}>
              <option value="">{t.noAppointment}</option>
              {appointments.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field">
          <span>{t.subject}</span>
          <input name="subject" required minLength={2} maxLength={120} placeholder={t.subjectHint} />
        </label>
        <label className="field">
          <span>{t.ticketBody}</span>
          <textarea name="body" required minLength={2} maxLength={2000} rows={5} placeholder={t.ticketBodyHint} />
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div>
          <button type="submit" className="button" disabled={busy}>
            {busy ? t.sending : t.sendTicket}
          </button>
        </div>
      </form>
    </section>
  )
}
