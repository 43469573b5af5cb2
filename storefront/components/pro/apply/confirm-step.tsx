"use client"

import { districtLabel } from "@/lib/districts"
import type { Studio } from "@/lib/pro/application"
import type { Step } from "@/lib/pro/application-draft"
import type { StepProps } from "./choice-steps"
import { proApply } from "@/lib/messages/pro-apply"
import { textsOf } from "@/lib/texts"

/** What they are about to hand in, each part with a way back to change it, and the consent to a background check. */
export function ConfirmStep({ locale, draft, update, studio, goTo }: StepProps & { studio: Studio | undefined; goTo: (step: Step) => void }) {
  const t = textsOf(locale, proApply)
  const photos = [draft.idFront, draft.idBack, ...draft.certificates.map((c) => c.photo)].filter(Boolean).length
  const rows: Array<[Step, string, string]> = [
    ["studio", t.applySteps.studio, studio?.name ?? ""],
    ["profile", t.applyName, draft.displayName.trim()],
    ["skills", t.applySteps.skills, t.applySummarySkills(draft.skills.length)],
    ["area", t.applySteps.area, `${districtLabel(draft.district, locale)} · ${t.applyRadiusValue(draft.radiusKm)}`],
    ["documents", t.applySteps.documents, `${t.applyIdNumber} ••••${draft.idNumber.slice(-4)} · ${t.applySummaryPhotos(photos)}`],
  ]
  return (
    <div className="form">
      <h3 className="summary-title">{t.applySummary}</h3>
      <dl className="apply-summary">
        {rows.map(([step, label, value]) => (
          <div key={step}>
            <dt>{label}</dt>
            <dd>
              <span>{value}</span>
              <button type="button" className="link-button" onClick={() => goTo(step)} aria-label={`${t.applyEdit} ${label}`}>
                {t.applyEdit}
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <label className="check consent">
        <input type="checkbox" checked={draft.consent} onChange={(e) => update({ consent: e.target.checked })} />
        <span>{t.applyConsent}</span>
      </label>
    </div>
  )
}
