"use client"

import { useRouter } from "next/navigation"
import { useState, useTransition } from "react"
import { saveProProfile } from "@/lib/actions/pro/profile"
import type { Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import type { ProfilePhoto, ProfileVersion } from "@/lib/pro/profile"
import { account } from "@/lib/messages/account"
import { proProfile } from "@/lib/messages/pro-profile"
import { textsOf } from "@/lib/texts"

const BIO_MAX = 1000
const SPECIALTIES_MAX = 8
const GALLERY_MAX = 9

type Said = { ok: boolean; text: string } | null

/** A photo from the camera or album, stored through the portal's upload route; the refusal's code otherwise. */
async function uploadPhoto(file: File): Promise<{ ok: true; photo: ProfilePhoto } | { ok: false; code: string }> {
  const form = new FormData()
  form.append("file", file)
  try {
    const response = await fetch("/api/pro/uploads?purpose=profile", { method: "POST", body: form })
    const body = (await response.json().catch(() => ({}))) as { file?: ProfilePhoto; code?: string }
    if (response.ok && body.file) return { ok: true, photo: { url: body.file.url, thumbnail_url: body.file.thumbnail_url } }
    return { ok: false, code: body.code ?? "UNAVAILABLE" }
  } catch {
    return { ok: false, code: "UNAVAILABLE" }
  }
}

/**
 * The beautician's bio, specialties, portrait and work photos, sent together
 * for review. It starts from the change already waiting, else from what is public.
 */
export function ProfileEditor({ locale, editing, start }: { locale: Locale; editing: Locale; start: ProfileVersion | null }) {
  const t = textsOf(locale, account, proProfile)
  const router = useRouter()
  const [bio, setBio] = useState(start?.bio ?? "")
  const [specialties, setSpecialties] = useState<string[]>(start?.specialties ?? [])
  const [newSpecialty, setNewSpecialty] = useState("")
  const [avatar, setAvatar] = useState<ProfilePhoto | null>(start?.avatar ?? null)
  const [gallery, setGallery] = useState<ProfilePhoto[]>(start?.gallery ?? [])
  const [uploading, setUploading] = useState(false)
  const [said, setSaid] = useState<Said>(null)
  const [busy, startBusy] = useTransition()

  const addSpecialty = () => {
    const name = newSpecialty.trim()
    if (!name || specialties.includes(name) || specialties.length >= SPECIALTIES_MAX) return
    setSpecialties([...specialties, name])
    setNewSpecialty("")
  }

  const take = async (input: HTMLInputElement, use: (photo: ProfilePhoto) => void) => {
    const file = input.files?.[0]
    // The same photo may be chosen again after a refusal.
    input.value = ""
    if (!file) return
    setUploading(true)
    setSaid(null)
    const stored = await uploadPhoto(file)
    setUploading(false)
    if (stored.ok) use(stored.photo)
    else setSaid({ ok: false, text: errorText(locale, stored.code) })
  }

  return (
    <section className="panel" aria-labelledby="profile-form-title">
      <h2 id="profile-form-title">{t.proProfileFormTitle}</h2>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault()
          startBusy(async () => {
            setSaid(null)
            const sent = await saveProProfile({ locale: editing, bio, specialties, avatar_url: avatar?.url ?? null, gallery_urls: gallery.map((photo) => photo.url) })
            if (!sent.ok) return setSaid({ ok: false, text: errorText(locale, sent.code) })
            setSaid({ ok: true, text: t.proProfileSubmitted })
            router.refresh()
          })
        }}
      >
        <div className="field">
          <span id="portrait-label">{t.proProfilePortrait}</span>
          <div className="portrait-row">
            {avatar ? <img src={avatar.thumbnail_url} alt={t.proProfilePortraitAlt} width={88} height={88} className="portrait-preview" /> : <span className="portrait-empty">{t.proProfilePortraitNone}</span>}
            <div className="photo-actions">
              <label className="button button-secondary file-button">
                {t.proProfilePortraitTake}
                <input type="file" accept="image/*" capture="user" className="visually-hidden" disabled={uploading} onChange={(event) => take(event.currentTarget, setAvatar)} />
              </label>
              {avatar && (
                <button type="button" className="button button-quiet" onClick={() => setAvatar(null)}>
                  {t.proProfilePortraitRemove}
                </button>
              )}
            </div>
          </div>
        </div>

        <label className="field">
          <span>{t.proProfileBio}</span>
          <textarea name="bio" rows={6} maxLength={BIO_MAX} value={bio} onChange={(event) => setBio(event.currentTarget.value)} aria-describedby="bio-hint" />
          <small id="bio-hint" className="form-hint">
            {t.proProfileBioHint(BIO_MAX - bio.length)}
          </small>
        </label>

        <fieldset className="field plain-fieldset">
          <legend>{t.proProfileSpecialties}</legend>
          <ul className="chip-list editable-chips">
            {specialties.map((name) => (
              <li key={name}>
                {name}
                <button type="button" className="chip-remove" aria-label={t.proProfileSpecialtyRemove(name)} onClick={() => setSpecialties(specialties.filter((other) => other !== name))}>
                  ×
                </button>
              </li>
            ))}
          </ul>
          <div className="field-row">
            <input
              aria-label={t.proProfileSpecialtyNew}
              maxLength={30}
              value={newSpecialty}
              disabled={specialties.length >= SPECIALTIES_MAX}
              onChange={(event) => setNewSpecialty(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key === "Enter") {
                  event.preventDefault()
                  addSpecialty()
                }
              }}
            />
            <button type="button" className="button button-secondary" onClick={addSpecialty} disabled={specialties.length >= SPECIALTIES_MAX}>
              {t.proProfileSpecialtyAdd}
            </button>
          </div>
          <small className="form-hint">{t.proProfileSpecialtiesHint}</small>
        </fieldset>

        <fieldset className="field plain-fieldset">
          <legend>{t.proProfileGallery}</legend>
          {gallery.length > 0 && (
            <ul className="photo-grid">
              {gallery.map((photo, i) => (
                <li key={photo.url}>
                  <img src={photo.thumbnail_url} alt={t.proProfilePhotoAlt(i + 1)} width={96} height={96} />
                  <button type="button" className="photo-remove" aria-label={t.proProfilePhotoRemove(i + 1)} onClick={() => setGallery(gallery.filter((other) => other.url !== photo.url))}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          {gallery.length < GALLERY_MAX && (
            <label className="button button-secondary file-button">
              {t.proProfileGalleryAdd}
              <input type="file" accept="image/*" capture="environment" className="visually-hidden" disabled={uploading} onChange={(event) => take(event.currentTarget, (photo) => setGallery((all) => [...all, photo]))} />
            </label>
          )}
          <small className="form-hint">{t.proProfileGalleryHint}</small>
        </fieldset>

        <p className="form-hint" role="status" aria-live="polite">
          {uploading ? t.proProfileUploading : ""}
        </p>
        <button type="submit" className="button button-block" disabled={busy || uploading}>
          {busy ? t.submitting : t.proProfileSubmit}
        </button>
        <p role={said && !said.ok ? "alert" : "status"} className={said && !said.ok ? "form-error" : "form-hint"}>
          {said?.text}
        </p>
      </form>
    </section>
  )
}
