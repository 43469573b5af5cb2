"use client"

import { useState } from "react"
import { messagesFor, type Locale } from "@/lib/i18n"
import { errorText } from "@/lib/messages/errors"

export interface UploadedPhoto {
  url: string
  thumbnail_url: string
}

/** At most this many photos before and after (the service record's limit). */
const MAX_PHOTOS = 9
/** Photos larger than this are made smaller on the phone first: a weak connection carries them sooner. */
const SHRINK_ABOVE_BYTES = 2_000_000
const LONGEST_SIDE = 2048

/** A JPEG no longer than LONGEST_SIDE on its longest side; the photo itself when the browser cannot draw it (HEIC…). */
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

/** Before or after photos of a job: taken with the camera, uploaded at once (`/pro/uploads` through the storefront), removable until the job is completed. */
export function PhotoPicker({ locale, which, photos, onChange }: { locale: Locale; which: string; photos: UploadedPhoto[]; onChange: (photos: UploadedPhoto[]) => void }) {
  const t = messagesFor(locale)
  const [uploading, setUploading] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  async function upload(photo: File) {
    setProblem(null)
    setUploading(true)
    try {
      const form = new FormData()
      form.append("file", await shrunk(photo), photo.name || "photo.jpg")
      const response = await fetch("/api/pro/uploads", { method: "POST", body: form })
      const answer = (await response.json().catch(() => ({}))) as { file?: UploadedPhoto; code?: string }
      if (answer.file) onChange([...photos, { url: answer.file.url, thumbnail_url: answer.file.thumbnail_url }])
      else setProblem(errorText(locale, answer.code ?? "UNKNOWN"))
    } catch {
      setProblem(errorText(locale, "UNAVAILABLE"))
    } finally {
      setUploading(false)
    }
  }

  return (
    <fieldset className="photo-picker">
      <legend>{which}</legend>
      {photos.length > 0 && (
        <ul className="photo-list">
          {photos.map((photo, i) => (
            <li key={photo.url}>
              {/* The cms's media host is configured per deployment; a plain img needs no image-optimizer allow-list. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={photo.thumbnail_url} alt={t.jobPhotoAlt(which, i + 1)} width={96} height={96} />
              <button type="button" className="photo-remove" aria-label={t.jobRemovePhoto(which, i + 1)} onClick={() => onChange(photos.filter((_, j) => j !== i))}>
                <span aria-hidden>×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {photos.length < MAX_PHOTOS && (
        <label className={`button button-secondary photo-add ${uploading ? "busy" : ""}`}>
          <input
            type="file"
            accept="image/*"
            capture="environment"
            className="visually-hidden"
            disabled={uploading}
            onChange={(event) => {
              const photo = event.currentTarget.files?.[0]
              event.currentTarget.value = ""
              if (photo) void upload(photo)
            }}
          />
          <span className="visually-hidden">{which}: </span>
          {uploading ? t.jobUploading : t.jobAddPhoto}
        </label>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  )
}
