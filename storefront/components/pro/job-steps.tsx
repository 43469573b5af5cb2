"use client"

import { useRouter } from "next/navigation"
import { useState } from "react"
import { takeStep } from "@/lib/actions/pro/day"
import type { Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import type { JobStep, ProJob } from "@/lib/pro/day"
import { ServiceRecordForm } from "./service-record-form"
import { proDay } from "@/lib/messages/pro-day"
import { proOffers } from "@/lib/messages/pro-offers"
import { textsOf } from "@/lib/texts"

/** The step each status leads to with one tap (completing goes through the record's form). */
const NEXT: Partial<Record<ProJob["status"], "en_route" | "arrived" | "in_service">> = { assigned: "en_route", en_route: "arrived", arrived: "in_service" }

/** Where the phone is, when the beautician lets the page know within a few seconds; undefined otherwise (the arrival is recorded without it). */
function whereAmI(): Promise<{ lat: number; lng: number } | undefined> {
  if (!("geolocation" in navigator)) return Promise.resolve(undefined)
  return new Promise((resolve) =>
    navigator.geolocation.getCurrentPosition(
      (position) => resolve({ lat: Number(position.coords.latitude.toFixed(6)), lng: Number(position.coords.longitude.toFixed(6)) }),
      () => resolve(undefined),
      { enableHighAccuracy: true, timeout: 10_000, maximumAge: 60_000 },
    ),
  )
}

/**
 * The job's next step, one tap each: on the way, arrived (with the phone's
 * location when allowed), started; then the service record and completing
 * it, confirmed once. After arriving, a customer who is not there can be
 * recorded as absent, confirmed once.
 */
export function JobSteps({ locale, jobId, status }: { locale: Locale; jobId: string; status: ProJob["status"] }) {
  const t = textsOf(locale, proDay, proOffers)
  const router = useRouter()
  const [busy, setBusy] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [absent, setAbsent] = useState(false)
  const [absentNote, setAbsentNote] = useState("")

  async function go(step: JobStep, doneText: string) {
    setProblem(null)
    setDone(null)
    const result = await takeStep(jobId, step)
    setBusy(null)
    if (result.ok) setDone(doneText)
    else setProblem(errorText(locale, result.code))
    // Either way the page reads the job again: a refusal (INVALID_TRANSITION) means it changed meanwhile.
    router.refresh()
  }

  async function next(to: "en_route" | "arrived" | "in_service") {
    setBusy(to)
    if (to !== "arrived") return go({ status: to }, t.jobStepDone[to])
    const location = await whereAmI()
    return go(location ? { status: "arrived", location } : { status: "arrived" }, location ? t.jobStepDone.arrived : t.jobNoLocation)
  }

  const to = NEXT[status]
  return (
    <div className="job-steps">
      <div role="status" className="job-step-done">
        {busy === "arrived" ? t.jobLocating : done}
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {to && (
        <button type="button" className="button button-block step-button" disabled={busy !== null} onClick={() => void next(to)}>
          {t.jobStep[to]}
        </button>
      )}
      {status === "in_service" && (
        <ServiceRecordForm
          locale={locale}
          busy={busy !== null}
          onComplete={(record) => {
            setBusy("completed")
            void go({ status: "completed", service_record: record }, t.jobStepDone.completed)
          }}
        />
      )}
      {status === "arrived" &&
        (absent ? (
          <div className="confirm-box" role="group" aria-labelledby="absent-confirm">
            <p id="absent-confirm">{t.jobNoShowConfirm}</p>
            <label className="field">
              <span>{t.jobNoShowNote}</span>
              <textarea rows={2} maxLength={500} value={absentNote} onChange={(event) => setAbsentNote(event.target.value)} />
            </label>
            <div className="offer-actions">
              <button type="button" className="button button-quiet" onClick={() => setAbsent(false)} disabled={busy !== null}>
                {t.offerDeclineKeep}
              </button>
              <button
                type="button"
                className="button button-danger"
                disabled={busy !== null}
                onClick={() => {
                  setBusy("no_show")
                  void go(absentNote.trim() ? { status: "no_show", note: absentNote.trim() } : { status: "no_show" }, t.jobStatus.no_show)
                }}
              >
                {t.jobNoShowYes}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="link-button" onClick={() => setAbsent(true)} disabled={busy !== null}>
            {t.jobNoShow}
          </button>
        ))}
    </div>
  )
}
