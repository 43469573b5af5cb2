"use client"

import Link from "next/link"
import { useState, useTransition } from "react"
import { submitExam, type ExamResult } from "@/lib/actions/pro/training"
import { formatDate, localePath, type Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import type { Exam } from "@/lib/pro/training"
import { formatWhen } from "@/lib/clock"
import { account } from "@/lib/messages/account"
import { proOffice } from "@/lib/messages/pro-office"
import { textsOf } from "@/lib/texts"

/**
 * The exam's questions, one choice or several each; graded by commerce, and
 * the outcome said at once: a pass with the certification and what it
 * unlocks, or a fail with the score needed and when the exam may be sat again.
 */
export function ExamForm({ locale, exam, service }: { locale: Locale; exam: Exam; service: string }) {
  const t = textsOf(locale, account, proOffice)
  const [answers, setAnswers] = useState<Record<string, string[]>>({})
  const [result, setResult] = useState<ExamResult | null>(null)
  const [busy, start] = useTransition()
  const choose = (question: string, option: string, many: boolean, on: boolean) =>
    setAnswers((before) => {
      const chosen = before[question] ?? []
      return { ...before, [question]: many ? (on ? [...chosen, option] : chosen.filter((o) => o !== option)) : [option] }
    })

  if (result?.ok) {
    const { attempt, certification } = result
    return (
      <section className={attempt.passed ? "panel exam-result exam-passed" : "panel exam-result exam-failed"} role="status" aria-labelledby="exam-result-title" data-testid="exam-result">
        <h2 id="exam-result-title">{attempt.passed ? t.examPassed(attempt.score) : t.examFailed(attempt.score, exam.pass_mark)}</h2>
        {certification && <p>{t.examCertified(service, formatDate(certification.expires_at, locale))}</p>}
        {!attempt.passed && attempt.retry_at && <p>{t.examCooldownUntil(formatWhen(attempt.retry_at, locale))}</p>}
        <Link className="button" href={localePath(locale, "/pro/training")}>
          {t.trainingBack}
        </Link>
      </section>
    )
  }

  const refusal = result && !result.ok ? result : null
  const questionAt = (field?: string) => exam.questions.findIndex((q) => field === `answers.${q.key}`)
  return (
    <form
      className="form exam-form"
      onSubmit={(event) => {
        event.preventDefault()
        start(async () => {
          setResult(null)
          setResult(await submitExam(locale, exam.documentId, answers))
        })
      }}
    >
      {exam.questions.map((question, index) => {
        const many = question.kind === "multiple"
        return (
          <fieldset key={question.key} className="choice-list exam-question">
            <legend>
              {index + 1}. {question.prompt}
            </legend>
            {question.options.map((option) => (
              <label key={option.key} className="choice">
                <input
                  type={many ? "checkbox" : "radio"}
                  name={question.key}
                  value={option.key}
                  required={!many}
                  checked={(answers[question.key] ?? []).includes(option.key)}
                  onChange={(e) => choose(question.key, option.key, many, e.target.checked)}
                />
                <span className="choice-body">{option.label}</span>
              </label>
            ))}
          </fieldset>
        )
      })}
      <div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t.submitting : t.examSubmit}
        </button>
      </div>
      <p role={refusal ? "alert" : "status"} className={refusal ? "form-error" : "form-hint"}>
        {refusal &&
          (refusal.code === "EXAM_COOLDOWN" && refusal.retryAt
            ? t.examCooldownUntil(formatWhen(refusal.retryAt, locale))
            : questionAt(refusal.field) >= 0
              ? t.examFixQuestion(questionAt(refusal.field) + 1, errorText(locale, refusal.code))
              : errorText(locale, refusal.code))}
      </p>
    </form>
  )
}
