"use server"

import type { Locale } from "../../locale"
import { asBeautician } from "../../pro/acting"
import { sitExam, type Attempt, type Certification } from "../../pro/training"

/** A graded attempt (and the certification a pass made), or a refusal: a cooldown with when it ends, answers that do not fit with the question named. */
export type ExamResult = { ok: true; attempt: Attempt; certification: Certification | null } | { ok: false; code: string; retryAt?: string; field?: string }

export async function submitExam(locale: Locale, examId: string, answers: Record<string, string[]>): Promise<ExamResult> {
  return asBeautician(async (token) => {
    const got = await sitExam(token, locale, examId, answers)
    if (got.ok) return { ok: true as const, attempt: got.data.attempt, certification: got.data.certification }
    const retryAt = got.details.retry_at
    return { ok: false as const, code: got.code, ...(typeof retryAt === "string" ? { retryAt } : {}), ...(got.field ? { field: got.field } : {}) }
  })
}
