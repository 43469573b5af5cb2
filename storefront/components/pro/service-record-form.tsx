"use client"

import { useCallback, useState } from "react"
import { PhotoPicker, type PhotoPickerTexts, type PickerState } from "@/components/photo-picker"
import type { Locale } from "@/lib/locale"
import type { ServiceRecord } from "@/lib/pro/day"
import { proDay } from "@/lib/messages/pro-day"
import { reviews } from "@/lib/messages/reviews"
import { textsOf } from "@/lib/texts"

/** The service record's limits on each set of photos (commerce's). */
const MAX_PHOTOS = 9
const MAX_PHOTO_BYTES = 10 * 1024 * 1024
const NONE: PickerState = { photos: [], uploading: false }

/**
 * What was done, with what, and the photos before and after; completing the
 * job asks once more, since the record cannot change afterwards.
 */
export function ServiceRecordForm({ locale, busy, onComplete }: { locale: Locale; busy: boolean; onComplete: (record: ServiceRecord) => void }) {
  const t = textsOf(locale, proDay, reviews)
  const [notes, setNotes] = useState("")
  const [products, setProducts] = useState("")
  const [before, setBefore] = useState<PickerState>(NONE)
  const [after, setAfter] = useState<PickerState>(NONE)
  const [confirming, setConfirming] = useState(false)
  const [waiting, setWaiting] = useState(false)
  const onBefore = useCallback((state: PickerState) => setBefore(state), [])
  const onAfter = useCallback((state: PickerState) => setAfter(state), [])
  const texts = (which: string): PhotoPickerTexts => ({
    legend: which,
    hint: t.reviewPhotosHint(MAX_PHOTOS, MAX_PHOTO_BYTES / 1024 / 1024),
    add: t.jobAddPhoto,
    alt: (n) => t.jobPhotoAlt(which, n),
    remove: (n) => t.jobRemovePhoto(which, n),
    uploading: (n) => t.jobPhotoUploading(which, n),
    tooMany: t.tooManyPhotos,
  })

  const record = (): ServiceRecord => ({
    ...(notes.trim() ? { notes: notes.trim() } : {}),
    products_used: products
      .split("\n")
      .map((line) => line.trim().slice(0, 100))
      .filter(Boolean)
      .slice(0, 30),
    photos_before: before.photos.map((photo) => photo.url),
    photos_after: after.photos.map((photo) => photo.url),
  })

  return (
    <form
      className="form service-record"
      onSubmit={(event) => {
        event.preventDefault()
        // The record names the photos once stored: completing waits for those still uploading.
        setWaiting(before.uploading || after.uploading)
        if (!before.uploading && !after.uploading) setConfirming(true)
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
      <PhotoPicker locale={locale} uploadUrl="/api/pro/uploads?purpose=job" texts={texts(t.jobPhotosBefore)} max={MAX_PHOTOS} maxBytes={MAX_PHOTO_BYTES} onChange={onBefore} />
      <PhotoPicker locale={locale} uploadUrl="/api/pro/uploads?purpose=job" texts={texts(t.jobPhotosAfter)} max={MAX_PHOTOS} maxBytes={MAX_PHOTO_BYTES} onChange={onAfter} />
      {waiting && (before.uploading || after.uploading) && (
        <p className="form-error" role="alert">
          {t.jobPhotosUploading}
        </p>
      )}
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
