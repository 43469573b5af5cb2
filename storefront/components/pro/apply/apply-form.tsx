"use client"

import { useEffect, useRef, useState, useTransition } from "react"
import type { MapTiles } from "@/components/booking/map-pin"
import { submitApplication } from "@/lib/actions/pro/application"
import { localePath, type Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import type { Studio } from "@/lib/pro/application"
import { applicationBody, emptyDraft, forgetDraft, saveDraft, savedDraft, stepComplete, stepOfField, STEPS, type ApplicationDraft, type Step } from "@/lib/pro/application-draft"
import { AreaStep } from "./area-step"
import { ProfileStep, SkillsStep, StudioStep } from "./choice-steps"
import { ConfirmStep } from "./confirm-step"
import { DocumentsStep } from "./documents-step"
import { proApply } from "@/lib/messages/pro-apply"
import { textsOf } from "@/lib/texts"

/**
 * Applying to a studio on a phone, one step at a time: the studio, who they
 * are, what they do, where they work, their ID and certificates, then a look
 * over it all and the consent. Each step must be complete to go on; a refusal
 * from commerce brings back the step where the field is fixed.
 */
export function ApplyForm({ locale, studios, tiles }: { locale: Locale; studios: Studio[]; tiles: MapTiles }) {
  const t = textsOf(locale, proApply)
  const [draft, setDraft] = useState<ApplicationDraft>(emptyDraft)
  const [step, setStep] = useState<Step>("studio")
  const [error, setError] = useState<string | null>(null)
  const [restored, setRestored] = useState(false)
  const [pending, startTransition] = useTransition()
  const heading = useRef<HTMLHeadingElement>(null)

  // A draft from before a reload (the camera may have pushed the page out), once the page is in the browser.
  useEffect(() => {
    const saved = savedDraft()
    if (saved) {
      setDraft(saved.draft)
      setStep(saved.step)
    }
    setRestored(true)
  }, [])
  useEffect(() => {
    if (restored) saveDraft(draft, step)
  }, [draft, step, restored])

  const index = STEPS.indexOf(step)
  const studio = studios.find((s) => s.handle === draft.studio)
  const update = (change: Partial<ApplicationDraft>) => setDraft((current) => ({ ...current, ...change }))
  const goTo = (next: Step) => {
    setError(null)
    setStep(next)
    window.scrollTo({ top: 0 })
    requestAnimationFrame(() => heading.current?.focus())
  }
  const props = { locale, draft, update }

  return (
    <form
      className="apply-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (!stepComplete(step, draft)) return setError(t.applyIncomplete)
        if (step !== "confirm") return goTo(STEPS[index + 1])
        startTransition(async () => {
          setError(null)
          const sent = await submitApplication(applicationBody(draft))
          if (sent.ok) {
            forgetDraft()
            return window.location.assign(localePath(locale, "/pro/apply/status"))
          }
          if (sent.code === "ALREADY_APPLIED") return window.location.assign(localePath(locale, "/pro/apply/status"))
          setStep(stepOfField(sent.field))
          setError(errorText(locale, sent.code))
        })
      }}
    >
      <p className="apply-progress" aria-hidden>
        {STEPS.map((s, i) => (
          <span key={s} className={i < index ? "done" : i === index ? "current" : ""} />
        ))}
      </p>
      <p className="form-hint">{t.applyStepOf(index + 1, STEPS.length)}</p>
      <h2 ref={heading} tabIndex={-1}>
        {t.applySteps[step]}
      </h2>
      {step === "studio" && <StudioStep {...props} studios={studios} />}
      {step === "profile" && <ProfileStep {...props} />}
      {step === "skills" && <SkillsStep {...props} studio={studio} />}
      {step === "area" && <AreaStep {...props} tiles={tiles} />}
      {step === "documents" && <DocumentsStep {...props} onError={(code) => setError(code ? errorText(locale, code) : null)} />}
      {step === "confirm" && <ConfirmStep {...props} studio={studio} goTo={goTo} />}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="apply-nav">
        {index > 0 && (
          <button type="button" className="button button-quiet" onClick={() => goTo(STEPS[index - 1])} disabled={pending}>
            {t.applyBack}
          </button>
        )}
        <button type="submit" className="button" disabled={pending}>
          {step === "confirm" ? (pending ? t.applySubmitting : t.applySubmit) : t.applyNext}
        </button>
      </div>
    </form>
  )
}
