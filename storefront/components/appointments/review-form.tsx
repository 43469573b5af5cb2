"use client"

import { useRouter } from "next/navigation"
import { useCallback, useState, useTransition } from "react"
import { reviewMine } from "@/lib/actions/appointments"
import type { Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { PhotoPicker, type PickerState } from "@/components/photo-picker"
import { appointments } from "@/lib/messages/appointments"
import { reviews } from "@/lib/messages/reviews"
import { textsOf } from "@/lib/texts"

/**
 * Stars (1–5, radio buttons a keyboard can reach), a few words and photos
 * about a completed visit. Once sent, the page shows the review in its place.
 */
export function ReviewForm({ locale, appointmentId, maxPhotos, maxPhotoBytes }: { locale: Locale; appointmentId: string; maxPhotos: number; maxPhotoBytes: number }) {
  const t = textsOf(locale, appointments, reviews)
  const router = useRouter()
  const [rating, setRating] = useState(5)
  const [photos, setPhotos] = useState<PickerState>({ photos: [], uploading: false })
  const [error, setError] = useState<string | null>(null)
  const [busy, startBusy] = useTransition()
  const onPhotos = useCallback((state: PickerState) => setPhotos(state), [])
  return (
    <section className="panel" aria-labelledby="review-title">
      <h2 id="review-title">{t.review}</h2>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault()
          if (photos.uploading) return setError(t.photosUploading)
          const text = String(new FormData(event.currentTarget).get("text") ?? "")
          startBusy(async () => {
            const got = await reviewMine(appointmentId, { rating, text, photos: photos.photos.map((p) => p.url) })
            if (!got.ok) return setError(errorText(locale, got.code))
            // The same page again, which now shows the review (and thanks for it) in place of this form.
            router.replace("?reviewed=1", { scroll: false })
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
        <PhotoPicker
          locale={locale}
          uploadUrl="/api/uploads"
          texts={{
            legend: t.reviewPhotos,
            hint: t.reviewPhotosHint(maxPhotos, Math.round(maxPhotoBytes / 1024 / 1024)),
            add: t.addPhotos,
            alt: t.photoAlt,
            remove: t.removePhoto,
            uploading: t.photoUploading,
            tooMany: t.tooManyPhotos,
          }}
          max={maxPhotos}
          maxBytes={maxPhotoBytes}
          onChange={onPhotos}
        />
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
