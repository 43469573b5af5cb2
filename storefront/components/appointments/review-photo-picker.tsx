"use client"

import { useEffect, useRef, useState } from "react"
import { messagesFor, type Locale } from "@/lib/i18n"
import { errorText } from "@/lib/messages/errors"
import type { ReviewPhoto } from "@/components/reviews/photo-viewer"

interface PickedPhoto {
  key: string
  /** The chosen file shown at once, from the phone's memory, while it uploads. */
  preview: string
  /** 0–100 while uploading. */
  progress: number
  stored?: ReviewPhoto
  code?: string
}

export interface PickerState {
  photos: ReviewPhoto[]
  uploading: boolean
}

type Uploaded = { ok: true; photo: ReviewPhoto } | { ok: false; code: string }

/** Sends one photo to the storefront's upload route (which passes it on to commerce with the session), reporting progress as it goes. */
function upload(file: File, onProgress: (percent: number) => void): Promise<Uploaded> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest()
    request.open("POST", "/api/uploads")
    request.responseType = "json"
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(Math.round((event.loaded / event.total) * 100))
    request.onload = () => {
      const body = (request.response ?? {}) as { file?: ReviewPhoto; code?: string }
      if (request.status === 201 && body.file) resolve({ ok: true, photo: { url: body.file.url, thumbnail_url: body.file.thumbnail_url } })
      else resolve({ ok: false, code: body.code ?? "UNKNOWN" })
    }
    request.onerror = () => resolve({ ok: false, code: "UNAVAILABLE" })
    const form = new FormData()
    form.append("file", file)
    request.send(form)
  })
}

/**
 * Photos for a review: chosen from the album or taken there and then (a
 * phone offers its camera for `image/*`), each shown at once with its upload
 * progress, refused ones with the reason, and any of them removable. Up to
 * `max` photos of at most `maxBytes`, checked here before sending so a phone
 * does not spend its data on a refusal; commerce checks again.
 */
export function ReviewPhotoPicker({ locale, max, maxBytes, onChange }: { locale: Locale; max: number; maxBytes: number; onChange: (state: PickerState) => void }) {
  const t = messagesFor(locale)
  const [picked, setPicked] = useState<PickedPhoto[]>([])
  const [overflow, setOverflow] = useState(false)
  const previews = useRef(new Set<string>())
  const counter = useRef(0)

  useEffect(() => {
    onChange({ photos: picked.flatMap((p) => (p.stored ? [p.stored] : [])), uploading: picked.some((p) => !p.stored && !p.code) })
  }, [picked, onChange])
  useEffect(() => {
    const urls = previews.current
    return () => urls.forEach((url) => URL.revokeObjectURL(url))
  }, [])

  const change = (key: string, update: Partial<PickedPhoto>) => setPicked((all) => all.map((p) => (p.key === key ? { ...p, ...update } : p)))

  const add = (files: File[]) => {
    const room = Math.max(0, max - picked.length)
    setOverflow(files.length > room)
    const added = files.slice(0, room).map((file) => {
      const preview = URL.createObjectURL(file)
      previews.current.add(preview)
      const photo: PickedPhoto = { key: `photo-${counter.current++}`, preview, progress: 0 }
      if (!file.type.startsWith("image/")) photo.code = "UNSUPPORTED_FILE"
      else if (file.size > maxBytes) photo.code = "FILE_TOO_LARGE"
      return { photo, file }
    })
    setPicked((all) => [...all, ...added.map((a) => a.photo)])
    for (const { photo, file } of added) {
      if (photo.code) continue
      void upload(file, (progress) => change(photo.key, { progress })).then((got) => change(photo.key, got.ok ? { stored: got.photo, progress: 100 } : { code: got.code }))
    }
  }

  const remove = (key: string) =>
    setPicked((all) => {
      const gone = all.find((p) => p.key === key)
      if (gone) {
        URL.revokeObjectURL(gone.preview)
        previews.current.delete(gone.preview)
      }
      return all.filter((p) => p.key !== key)
    })

  return (
    <fieldset className="photo-picker">
      <legend>{t.reviewPhotos}</legend>
      <p className="form-hint">{t.reviewPhotosHint(max, Math.round(maxBytes / 1024 / 1024))}</p>
      <ul className="photo-grid">
        {picked.map((photo, i) => (
          <li key={photo.key} className={photo.code ? "refused" : photo.stored ? "stored" : "uploading"} data-testid="picked-photo">
            <img src={photo.stored?.thumbnail_url ?? photo.preview} alt={t.photoAlt(i + 1, picked.length)} width={88} height={88} />
            {!photo.stored && !photo.code && <progress max={100} value={photo.progress} aria-label={t.photoUploading(i + 1)} />}
            {photo.code && (
              <p className="photo-error" role="alert">
                {errorText(locale, photo.code)}
              </p>
            )}
            <button type="button" className="photo-remove" onClick={() => remove(photo.key)} aria-label={t.removePhoto(i + 1)}>
              <span aria-hidden>×</span>
            </button>
          </li>
        ))}
        {picked.length < max && (
          <li>
            <label className="photo-add">
              <input
                type="file"
                accept="image/*"
                multiple
                className="visually-hidden"
                onChange={(event) => {
                  add(Array.from(event.currentTarget.files ?? []))
                  // The same photo may be chosen again after removing it.
                  event.currentTarget.value = ""
                }}
              />
              <span aria-hidden>＋</span>
              <span>{t.addPhotos}</span>
            </label>
          </li>
        )}
      </ul>
      {overflow && (
        <p className="form-hint" role="status">
          {t.tooManyPhotos(max)}
        </p>
      )}
    </fieldset>
  )
}
