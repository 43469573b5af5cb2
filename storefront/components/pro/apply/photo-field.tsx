"use client"

import { useId, useState } from "react"
import type { Locale } from "@/lib/locale"
import type { DraftPhoto } from "@/lib/pro/application-draft"
import { shrinkPhoto } from "@/lib/shrink-photo"
import { proApply } from "@/lib/messages/pro-apply"
import { textsOf } from "@/lib/texts"


/** Uploads one photo through the storefront (which adds the portal's token); resolves to its id, or the refusal's code. */
async function uploadPhoto(kind: "id_card" | "certificate", file: File): Promise<{ id: string } | { code: string }> {
  const form = new FormData()
  form.append("kind", kind)
  form.append("file", await shrinkPhoto(file), file.name || "photo.jpg")
  try {
    const response = await fetch("/api/pro/application-documents", { method: "POST", body: form })
    const body = (await response.json()) as { document?: { id: string }; code?: string }
    return body.document ? { id: body.document.id } : { code: body.code ?? "UNKNOWN" }
  } catch {
    return { code: "UNAVAILABLE" }
  }
}

/**
 * One document photo, from the camera (or the album): uploaded as soon as it
 * is taken, kept privately, shown here as a preview. Taking it again replaces it.
 */
export function PhotoField({
  locale,
  label,
  kind,
  value,
  onChange,
  onError,
}: {
  locale: Locale
  label: string
  kind: "id_card" | "certificate"
  value: DraftPhoto | null
  onChange: (photo: DraftPhoto) => void
  onError: (code: string | null) => void
}) {
  const t = textsOf(locale, proApply)
  const labelId = useId()
  const [uploading, setUploading] = useState(false)
  return (
    <div className="photo-field" aria-busy={uploading}>
      <span id={labelId} className="photo-field-label">
        {label}
      </span>
      <div className="photo-frame">
        {value?.preview ? (
          // A local preview of the photo just taken (an object URL), never a public address.
          <img src={value.preview} alt={t.applyPhotoPreview(label)} />
        ) : (
          <span className="photo-placeholder" aria-hidden>
            {value ? "✓" : "📷"}
          </span>
        )}
      </div>
      <label className={`button ${value ? "button-quiet" : "button-secondary"} photo-pick`}>
        {uploading ? t.applyUploading : value ? t.applyRetake : t.applyTakePhoto}
        <input
          type="file"
          accept="image/*"
          capture="environment"
          className="visually-hidden"
          aria-labelledby={labelId}
          disabled={uploading}
          onChange={async (event) => {
            const file = event.target.files?.[0]
            event.target.value = ""
            if (!file) return
            setUploading(true)
            onError(null)
            const uploaded = await uploadPhoto(kind, file)
            setUploading(false)
            if ("code" in uploaded) return onError(uploaded.code)
            onChange({ id: uploaded.id, preview: URL.createObjectURL(file) })
          }}
        />
      </label>
      {value && (
        <small className="photo-done" role="status">
          ✓ {t.applyUploaded}
        </small>
      )}
    </div>
  )
}
