"use client"

import { useRouter } from "next/navigation"
import { useState, useTransition } from "react"
import { reviewMine } from "@/lib/actions/appointments"
import { messagesFor, type Locale } from "@/lib/i18n"
import { errorText } from "@/lib/messages/errors"

/** Stars (1–5, radio buttons a keyboard can reach) and a few words about a completed visit. */
export function ReviewForm({ locale, appointmentId }: { locale: Locale; appointmentId: string }) {
  const t = messagesFor(locale)
  const router = useRouter()
  const [rating, setRating] = useState(5)
  const [done, setDone] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, startBusy] = useTransition()
  if (done) return <p className="notice">{t.reviewThanks}</p>
  return (
    <section className="panel" aria-labelledby="review-title">
      <h2 id="review-title">{t.review}</h2>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault()
          const text = String(new FormData(event.currentTarget).get("text") ?? "")
          startBusy(async () => {
            const got = await reviewMine(appointmentId, rating, text)
            if (!got.ok) return setError(errorText(locale, got.code))
            setDone(true)
            router.refresh()
          })
        }}
      >
        <fieldset className="stars-input">
          <legend>{t.yourRating}</legend>
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className={n <= rating ? "on" : ""}>
              <input type="radio" name="rating" value={n} checked={rating === n} onChange={() => setRating(n)} />
              <span aria-hidden>★</span>
              <span className="visually-hidden">{t.ratingStars(n)}</span>
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{t.reviewText}</span>
          <textarea name="text" rows={3} maxLength={1000} />
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button" disabled={busy}>
          {t.submitReview}
        </button>
      </form>
    </section>
  )
}
