"use client"

import { useState } from "react"
import { messagesFor, type Locale } from "@/lib/i18n"
import type { ServiceRecord } from "@/lib/pro/day"
import { PhotoPicker, type UploadedPhoto } from "./photo-picker"

/**
 * What was done, with what, and the photos before and after; completing the
 * job asks once more, since the record cannot change afterwards.
 */
export function ServiceRecordForm({ locale, busy, onComplete }: { locale: Locale; busy: boolean; onComplete: (record: ServiceRecord) => void }) {
  const t = messagesFor(locale)
  const [notes, setNotes] = useState("")
  const [products, setProducts] = useState("")
  const [before, setBefore] = useState<UploadedPhoto[]>([])
  const [after, setAfter] = useState<UploadedPhoto[]>([])
  const [confirming, setConfirming] = useState(false)

  const record = (): ServiceRecord => ({
    ...(notes.trim() ? { notes: notes.trim() } : {}),
    products_used: products
      .split("\n")
      .map((line) => line.trim().slice(0, 100))
      .filter(Boolean)
      .slice(0, 30),
    photos_before: before.map((photo) => photo.url),
    photos_after: after.map((photo) => photo.url),
  })

  return (
    <form
      className="form service-record"
      onSubmit={(event) => {
        event.preventDefault()
        setConfirming(true)
      }}
    >
      <label className="field">
        <span>{t.jobNotes}</span>
        <textarea name="notes" rows={4} maxLength={2000} value={notes} onChange={(event) => setNotes(event.target.value)} placeholder={t.jobNotesHint} />
      </label>
      <label className="field">
        <span>{t.jobProducts}</span>
        <textarea name="products" rows={3} value={products} onChange={(event) => setProducts(event.target.value)} placeholder={t.jobProductsHint} />
      </label>
      <PhotoPicker locale={locale} which={t.jobPhotosBefore} photos={before} onChange={setBefore} />
      <PhotoPicker locale={locale} which={t.jobPhotosAfter} photos={after} onChange={setAfter} />
      {confirming ? (
        <div className="confirm-box" role="group" aria-labelledby="complete-confirm">
          <p id="complete-confirm">{t.jobCompleteConfirm}</p>
          <div className="offer-actions">
            <button type="button" className="button button-quiet" onClick={() => setConfirming(false)} disabled={busy}>
              {t.jobCompleteNo}
            </button>
            <button type="button" className="button" onClick={() => onComplete(record())} disabled={busy}>
              {t.jobCompleteYes}
            </button>
          </div>
        </div>
      ) : (
        <button type="submit" className="button button-block step-button" disabled={busy}>
          {t.jobStep.completed}
        </button>
      )}
    </form>
  )
}
