"use client"

import { districtLabel } from "@/lib/districts"
import type { Locale } from "@/lib/locale"
import type { Studio } from "@/lib/pro/application"
import type { ApplicationDraft } from "@/lib/pro/application-draft"
import { proApply } from "@/lib/messages/pro-apply"
import { textsOf } from "@/lib/texts"

type StepProps = { locale: Locale; draft: ApplicationDraft; update: (change: Partial<ApplicationDraft>) => void }

const serviceTitle = (service: Studio["services"][number], locale: Locale) => (locale === "en" && service.title.en ? service.title.en : service.title["zh-CN"])

/** The studio to apply to: each approved studio, where it is and how many services it offers. */
export function StudioStep({ locale, draft, update, studios }: StepProps & { studios: Studio[] }) {
  const t = textsOf(locale, proApply)
  if (studios.length === 0) return <p className="form-hint">{t.applyNoStudios}</p>
  return (
    <fieldset className="choice-list">
      <legend className="visually-hidden">{t.applySteps.studio}</legend>
      {studios.map((studio) => (
        <label key={studio.handle} className="choice">
          <input
            type="radio"
            name="studio"
            value={studio.handle}
            checked={draft.studio === studio.handle}
            // Another studio allows other services: the skills chosen for the last one may not stand.
            onChange={() => update({ studio: studio.handle, skills: draft.skills.filter((id) => studio.services.some((s) => s.id === id)) })}
          />
          <span className="choice-body">
            <strong>{studio.name}</strong>
            <small>
              {studio.district ? `${districtLabel(studio.district, locale)} · ` : ""}
              {t.applyStudioServices(studio.services.length)}
            </small>
          </span>
        </label>
      ))}
    </fieldset>
  )
}

/** Who they are: the name customers will see, what they say about their work, an email if they like. */
export function ProfileStep({ locale, draft, update }: StepProps) {
  const t = textsOf(locale, proApply)
  return (
    <div className="form">
      <label className="field">
        <span>{t.applyName}</span>
        <input name="display_name" required minLength={2} maxLength={40} autoComplete="name" value={draft.displayName} onChange={(e) => update({ displayName: e.target.value })} />
        <small>{t.applyNameHint}</small>
      </label>
      <label className="field">
        <span>{t.applyBio}</span>
        <textarea name="bio" rows={4} maxLength={500} placeholder={t.applyBioHint} value={draft.bio} onChange={(e) => update({ bio: e.target.value })} />
      </label>
      <label className="field">
        <span>{t.applyEmail}</span>
        <input name="email" type="email" autoComplete="email" value={draft.email} onChange={(e) => update({ email: e.target.value })} />
      </label>
    </div>
  )
}

/** What they can do: the chosen studio's services, by category. */
export function SkillsStep({ locale, draft, update, studio }: StepProps & { studio: Studio | undefined }) {
  const t = textsOf(locale, proApply)
  const services = studio?.services ?? []
  // The catalogue's order (facials, hair, nails, massage), then any other.
  const order = Object.keys(t.applyCategory)
  const rank = (category: string) => (order.includes(category) ? order.indexOf(category) : order.length)
  const categories = [...new Set(services.map((s) => s.category ?? "other"))].sort((a, b) => rank(a) - rank(b))
  return (
    <div className="form">
      <p className="form-hint">{t.applySkillsLead}</p>
      {categories.map((category) => (
        <fieldset key={category} className="choice-list">
          <legend>{t.applyCategory[category] ?? category}</legend>
          {services
            .filter((s) => (s.category ?? "other") === category)
            .map((service) => (
              <label key={service.id} className="choice">
                <input
                  type="checkbox"
                  checked={draft.skills.includes(service.id)}
                  onChange={(e) => update({ skills: e.target.checked ? [...draft.skills, service.id] : draft.skills.filter((id) => id !== service.id) })}
                />
                <span className="choice-body">{serviceTitle(service, locale)}</span>
              </label>
            ))}
        </fieldset>
      ))}
    </div>
  )
}

export type { StepProps }
