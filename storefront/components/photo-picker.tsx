"use client"

import { useEffect, useRef, useState } from "react"
import type { Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import type { ReviewPhoto } from "@/components/reviews/photo-viewer"

/** What a picker says, for what its photos are of (a review's, a job's before or after). */
export interface PhotoPickerTexts {
  legend: string
  hint?: string
  add: string
  alt: (n: number, total: number) => string
  remove: (n: number) => string
  uploading: (n: number) => string
  tooMany: (max: number) => string
}

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

/** Photos larger than this are made smaller on the phone first: a weak connection carries them sooner. */
const SHRINK_ABOVE_BYTES = 2_000_000
const LONGEST_SIDE = 2048

/** A JPEG no longer than LONGEST_SIDE on its longest side; the photo itself when small, or when the browser cannot draw it (HEIC…). */
async function shrunk(photo: File): Promise<Blob> {
  if (photo.size <= SHRINK_ABOVE_BYTES) return photo
  try {
    const bitmap = await createImageBitmap(photo)
    const scale = Math.min(1, LONGEST_SIDE / Math.max(bitmap.width, bitmap.height))
    const canvas = new OffscreenCanvas(Math.round(bitmap.width * scale), Math.round(bitmap.height * scale))
    canvas.getContext("2d")!.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
    return await canvas.convertToBlob({ type: "image/jpeg", quality: 0.85 })
  } catch {
    return photo
  }
}

/** Sends one photo to a storefront upload route (which passes it on to commerce with the session), reporting progress as it goes. */
function upload(url: string, file: Blob, name: string, onProgress: (percent: number) => void): Promise<Uploaded> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest()
    request.open("POST", url)
    request.responseType = "json"
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(Math.round((event.loaded / event.total) * 100))
    request.onload = () => {
      const body = (request.response ?? {}) as { file?: ReviewPhoto; code?: string }
      if (request.status === 201 && body.file) resolve({ ok: true, photo: { url: body.file.url, thumbnail_url: body.file.thumbnail_url } })
      else resolve({ ok: false, code: body.code ?? "UNKNOWN" })
    }
    request.onerror = () => resolve({ ok: false, code: "UNAVAILABLE" })
    const form = new FormData()
    form.append("file", file, name)
    request.send(form)
  })
}

/**
 * Photos chosen from the album or taken there and then (a phone offers its
 * camera for `image/*`), uploaded to `uploadUrl` (a review's, or a job's
 * record), each shown at once with its upload progress, refused ones with
 * the reason, and any of them removable. Up to `max` photos of at most
 * `maxBytes` once those past 2 MB are made smaller, checked here before
 * sending so a phone does not spend its data on a refusal; commerce checks
 * again.
 */
export function PhotoPicker({
  locale,
  uploadUrl,
  texts,
  max,
  maxBytes,
  onChange,
}: {
  locale: Locale
  uploadUrl: string
  texts: PhotoPickerTexts
  max: number
  maxBytes: number
  onChange: (state: PickerState) => void
}) {
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
      return { photo, file }
    })
    setPicked((all) => [...all, ...added.map((a) => a.photo)])
    for (const { photo, file } of added) {
      if (photo.code) continue
      void shrunk(file).then((sent) => {
        if (sent.size > maxBytes) return change(photo.key, { code: "FILE_TOO_LARGE" })
        return upload(uploadUrl, sent, file.name || "photo.jpg", (progress) => change(photo.key, { progress })).then((got) =>
          change(photo.key, got.ok ? { stored: got.photo, progress: 100 } : { code: got.code }),
        )
      })
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
      <legend>{texts.legend}</legend>
      {texts.hint && <p className="form-hint">{texts.hint}</p>}
      <ul className="photo-grid">
        {picked.map((photo, i) => (
          <li key={photo.key} className={photo.code ? "refused" : photo.stored ? "stored" : "uploading"} data-testid="picked-photo">
            <img src={photo.stored?.thumbnail_url ?? photo.preview} alt={texts.alt(i + 1, picked.length)} width={88} height={88} />
            {!photo.stored && !photo.code && <progress max={100} value={photo.progress} aria-label={texts.uploading(i + 1)} />}
            {photo.code && (
              <p className="photo-error" role="alert">
                {errorText(locale, photo.code)}
              </p>
            )}
            <button type="button" className="photo-remove" onClick={() => remove(photo.key)} aria-label={texts.remove(i + 1)}>
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
              {/* Two pickers may share a page (before and after): the field's name says whose photos it adds. */}
              <span className="visually-hidden">{texts.legend}: </span>
              <span>{texts.add}</span>
            </label>
          </li>
        )}
      </ul>
      {overflow && (
        <p className="form-hint" role="status">
          {texts.tooMany(max)}
        </p>
      )}
    </fieldset>
  )
}
