import { DomainError } from "@doorstep/appointments/api/domain-error"
import { cmsRequest, query, type CmsOptions } from "./cms-client"
import type { GradingKey, ShownQuestion } from "./grading"

export const LOCALES = ["zh-CN", "en"] as const
export type Locale = (typeof LOCALES)[number]

type Media = { url?: string; alternativeText?: string | null } | null | undefined
const media = (file: Media) => (file?.url ? { url: file.url, alt: file.alternativeText ?? null } : null)

interface CmsExamSummary {
  documentId: string
  title: string
  pass_mark: number
  cooldown_hours: number
  validity_months: number
}
interface CmsLesson {
  documentId: string
  title: string
  body?: unknown
  video_url?: string | null
  duration_minutes?: number | null
  attachments?: Media[] | null
  course?: { documentId: string } | null
}
interface CmsCourse {
  documentId: string
  slug: string
  title: string
  summary?: string | null
  level: string
  skill: string
  cover?: Media
  lessons?: CmsLesson[]
  exam?: CmsExamSummary | null
}

const examSummary = (exam: CmsExamSummary | null | undefined) =>
  exam ? { documentId: exam.documentId, title: exam.title, pass_mark: exam.pass_mark, cooldown_hours: exam.cooldown_hours, validity_months: exam.validity_months } : null

const lessonSummary = (lesson: CmsLesson, position: number) => ({
  documentId: lesson.documentId,
  position,
  title: lesson.title,
  video_url: lesson.video_url ?? null,
  duration_minutes: lesson.duration_minutes ?? null,
})

/** What beauticians see of a course: picked field by field, so nothing the cms adds later leaks through. */
const course = (entry: CmsCourse) => ({
  documentId: entry.documentId,
  slug: entry.slug,
  title: entry.title,
  summary: entry.summary ?? null,
  level: entry.level,
  skill: entry.skill,
  cover: media(entry.cover),
  exam: examSummary(entry.exam),
})

export type Course = ReturnType<typeof course>

function notFound(what: string, documentId: string) {
  return new DomainError(404, `${what.toUpperCase()}_NOT_FOUND`, `没有这个${what === "course" ? "课程" : what === "lesson" ? "课时" : "考试"} · No published ${what} ${documentId}`)
}

/** Published courses in the locale, by title. */
export async function listCourses(cms: CmsOptions, locale: Locale): Promise<Course[]> {
  const answer = await cmsRequest<CmsCourse[]>(cms, `/api/courses${query({ locale, "populate[cover]": "true", "populate[exam]": "true", sort: "title:asc", "pagination[pageSize]": 100 })}`)
  if (answer.status !== 200) throw new DomainError(503, "CMS_UNAVAILABLE", `The cms answered ${answer.status}`)
  return (answer.body?.data ?? []).map(course)
}

/** A published course with its lessons in the order the trainer put them. */
export async function readCourse(cms: CmsOptions, documentId: string, locale: Locale) {
  const answer = await cmsRequest<CmsCourse>(cms, `/api/courses/${encodeURIComponent(documentId)}${query({ locale, "populate[cover]": "true", "populate[exam]": "true", "populate[lessons]": "true" })}`)
  if (answer.status === 404 || !answer.body?.data) throw notFound("course", documentId)
  const entry = answer.body.data
  return { ...course(entry), lessons: (entry.lessons ?? []).map(lessonSummary) }
}

export async function readLesson(cms: CmsOptions, documentId: string, locale: Locale) {
  const answer = await cmsRequest<CmsLesson>(cms, `/api/lessons/${encodeURIComponent(documentId)}${query({ locale, "populate[attachments]": "true", "populate[course]": "true" })}`)
  if (answer.status === 404 || !answer.body?.data) throw notFound("lesson", documentId)
  const lesson = answer.body.data
  return {
    documentId: lesson.documentId,
    title: lesson.title,
    body: lesson.body ?? null,
    video_url: lesson.video_url ?? null,
    duration_minutes: lesson.duration_minutes ?? null,
    attachments: (lesson.attachments ?? []).map(media).filter(Boolean),
    course_document_id: lesson.course?.documentId ?? null,
  }
}

interface CmsExam extends CmsExamSummary {
  course?: { documentId: string; skill: string; title: string } | null
  questions?: Array<{ key: string; prompt: string; kind: "single" | "multiple"; options?: Array<{ key: string; label: string }> }>
}

/** The exam as the beautician sits it: questions and options, never a key (only `key` and `label` of each option are taken). */
export async function readExam(cms: CmsOptions, documentId: string, locale: Locale) {
  const answer = await cmsRequest<CmsExam>(cms, `/api/exams/${encodeURIComponent(documentId)}${query({ locale, "populate[course]": "true", "populate[questions][populate][options]": "true" })}`)
  if (answer.status === 404 || !answer.body?.data) throw notFound("exam", documentId)
  const exam = answer.body.data
  return {
    ...examSummary(exam)!,
    course: exam.course ? { documentId: exam.course.documentId, title: exam.course.title, skill: exam.course.skill } : null,
    questions: (exam.questions ?? []).map((q) => ({ key: q.key, prompt: q.prompt, kind: q.kind, options: (q.options ?? []).map((o) => ({ key: o.key, label: o.label })) })),
  }
}

export type ShownExam = Awaited<ReturnType<typeof readExam>> & { questions: ShownQuestion[] }

export interface ExamKey extends GradingKey {
  documentId: string
  course: { documentId: string; skill: string }
  cooldown_hours: number
  validity_months: number
}

/** The answer key, with commerce's token; it never leaves commerce. */
export async function readGradingKey(cms: CmsOptions, documentId: string, locale: Locale): Promise<ExamKey> {
  const answer = await cmsRequest<ExamKey>(cms, `/api/exams/${encodeURIComponent(documentId)}/grading-key${query({ locale })}`, { withToken: true })
  if (answer.status === 404) throw notFound("exam", documentId)
  if (answer.status === 409) throw new DomainError(409, answer.body?.error?.code ?? "EXAM_NOT_GRADABLE", "这个考试暂时无法评分 · This exam cannot be graded: " + (answer.body?.error?.message ?? ""))
  if (answer.status !== 200 || !answer.body?.data) throw new DomainError(503, "CMS_UNAVAILABLE", `The cms refused the grading key (${answer.status})`)
  return answer.body.data
}
