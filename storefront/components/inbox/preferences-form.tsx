"use client"

import { useState, useTransition } from "react"
import { LOCALES, type Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { account } from "@/lib/messages/account"
import { inbox } from "@/lib/messages/inbox"
import { textsOf } from "@/lib/texts"

/** What someone chooses about their notices: the language, and (customers only) whether review requests come. */
export interface NoticeChoices {
  locale: Locale
  review_requests?: boolean
}

/**
 * The language notices come in, and whether review requests may come (shown
 * when the person has that choice); saved through `save`, the customer's or
 * the beautician's action.
 */
export function PreferencesForm<P extends NoticeChoices>({
  locale,
  initial,
  save: savePreferences,
}: {
  locale: Locale
  initial: P
  save: (change: P) => Promise<{ ok: true; preferences: P } | { ok: false; code: string }>
}) {
  const t = textsOf(locale, account, inbox)
  const [choice, setChoice] = useState(initial)
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, startBusy] = useTransition()

  const save = () =>
    startBusy(async () => {
      setSaid(null)
      const done = await savePreferences(choice)
      if (!done.ok) return setSaid({ ok: false, text: errorText(locale, done.code) })
      setChoice(done.preferences)
      setSaid({ ok: true, text: t.preferencesSaved })
    })

  return (
    <section className="panel" aria-labelledby="preferences-title">
      <h2 id="preferences-title">{t.preferencesTitle}</h2>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault()
          save()
        }}
      >
        <fieldset className="choice-list choice-row">
          <legend>{t.noticeLanguage}</legend>
          {LOCALES.map((option) => (
            <label key={option} className="choice" lang={option}>
              <input type="radio" name="notice-locale" value={option} checked={choice.locale === option} onChange={() => setChoice({ ...choice, locale: option })} />
              <span className="choice-body">{t.languageNames[option]}</span>
            </label>
          ))}
        </fieldset>
        {choice.review_requests !== undefined && (
          <>
            <label className="check">
              <input type="checkbox" checked={choice.review_requests} onChange={(e) => setChoice({ ...choice, review_requests: e.target.checked })} aria-describedby="review-hint" />
              <span>{t.reviewRequests}</span>
            </label>
            <p id="review-hint" className="form-hint">
              {t.reviewRequestsHint}
            </p>
          </>
        )}
        <div>
          <button type="submit" className="button" disabled={busy}>
            {busy ? t.submitting : t.savePreferences}
          </button>
        </div>
        <p role={said && !said.ok ? "alert" : "status"} className={said && !said.ok ? "form-error" : "form-hint"}>
          {said?.text}
        </p>
      </form>
    </section>
  )
}
