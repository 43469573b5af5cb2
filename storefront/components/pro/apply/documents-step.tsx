"use client"

import type { StepProps } from "./choice-steps"
import { PhotoField } from "./photo-field"
import { proApply } from "@/lib/messages/pro-apply"
import { textsOf } from "@/lib/texts"

/**
 * Who they are on paper: the ID number, both sides of the ID card, and each
 * certificate with its photo, taken with the phone's camera. The photos are
 * uploaded as they are taken and kept privately.
 */
export function DocumentsStep({ locale, draft, update, onError }: StepProps & { onError: (code: string | null) => void }) {
  const t = textsOf(locale, proApply)
  const nextKey = Math.max(...draft.certificates.map((c) => c.key)) + 1
  const setCertificate = (key: number, change: Partial<(typeof draft.certificates)[number]>) =>
    update({ certificates: draft.certificates.map((c) => (c.key === key ? { ...c, ...change } : c)) })
  return (
    <div className="form">
      <p className="privacy-note">{t.applyPrivacy}</p>
      <label className="field">
        <span>{t.applyIdNumber}</span>
        <input
          name="id_number"
          required
          inputMode="text"
          autoComplete="off"
          autoCapitalize="characters"
          maxLength={18}
          pattern="\d{17}[\dXx]"
          value={draft.idNumber}
          onChange={(e) => update({ idNumber: e.target.value.replace(/\s/g, "") })}
        />
        <small>{t.applyIdNumberHint}</small>
      </label>
      <fieldset className="photo-group">
        <legend>{t.applyIdPhotos}</legend>
        <PhotoField locale={locale} label={t.applyIdFront} kind="id_card" value={draft.idFront} onChange={(idFront) => update({ idFront })} onError={onError} />
        <PhotoField locale={locale} label={t.applyIdBack} kind="id_card" value={draft.idBack} onChange={(idBack) => update({ idBack })} onError={onError} />
      </fieldset>
      {draft.certificates.map((certificate, i) => (
        <fieldset key={certificate.key} className="photo-group certificate">
          <legend>{draft.certificates.length > 1 ? `${t.applyCertificates} ${i + 1}` : t.applyCertificates}</legend>
          <label className="field">
            <span>{t.applyCertificateName}</span>
            <input maxLength={80} placeholder={t.applyCertificateNameHint} value={certificate.name} onChange={(e) => setCertificate(certificate.key, { name: e.target.value })} />
          </label>
          <PhotoField
            locale={locale}
            label={draft.certificates.length > 1 ? `${t.applyCertificatePhoto} ${i + 1}` : t.applyCertificatePhoto}
            kind="certificate"
            value={certificate.photo}
            onChange={(photo) => setCertificate(certificate.key, { photo })}
            onError={onError}
          />
          {draft.certificates.length > 1 && (
            <button type="button" className="link-button" onClick={() => update({ certificates: draft.certificates.filter((c) => c.key !== certificate.key) })}>
              {t.applyRemoveCertificate}
            </button>
          )}
        </fieldset>
      ))}
      {draft.certificates.length < 10 && (
        <button type="button" className="button button-quiet" onClick={() => update({ certificates: [...draft.certificates, { key: nextKey, name: "", photo: null }] })}>
          {t.applyAddCertificate}
        </button>
      )}
    </div>
  )
}
