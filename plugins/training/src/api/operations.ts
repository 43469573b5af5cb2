import { z } from "zod"
import { defineOperations, timestamp } from "@doorstep/appointments/api/openapi"
import { LOCALES } from "../lib/content"
import { AttemptBody, LocaleQuery } from "./validators"

const locale = z.enum(LOCALES).meta({ description: "The language served: the one asked for, else the beautician's notice language, else zh-CN" })
const documentId = z.string().meta({ description: "The cms's document id", example: "h2k9x0c7v1b3n5m8q4w6e2r0" })

/** A file from the cms (cover, attachment). */
const TrainingMedia = z.object({ url: z.string(), alt: z.string().nullable() }).meta({ id: "TrainingMedia" })

/** What a course's exam asks: the mark to pass, the wait after a failure, how long a pass certifies. */
const ExamSummary = z
  .object({
    documentId,
    title: z.string(),
    pass_mark: z.number().int().meta({ description: "Score (0–100) to pass" }),
    cooldown_hours: z.number().int().meta({ description: "Wait after a failed attempt" }),
    validity_months: z.number().int().meta({ description: "How long a pass certifies" }),
  })
  .meta({ id: "TrainingExamSummary" })

/** A beautician's certified skill, renewed by each pass. */
const Certification = z
  .object({
    id: z.string().meta({ example: "cert_01JD…" }),
    skill: z.string().meta({ description: "The service product's handle the course certifies" }),
    product_id: z.string(),
    course_document_id: z.string(),
    exam_document_id: z.string(),
    score: z.number().int(),
    passed_at: timestamp,
    expires_at: timestamp,
    status: z.enum(["active", "expired"]),
    reminded_at: timestamp.nullable().meta({ description: "When the beautician was told it is about to expire" }),
  })
  .meta({ id: "TrainingCertification" })

/** One graded submission of an exam (never changed afterwards). */
const Attempt = z
  .object({
    id: z.string().meta({ example: "exat_01JD…" }),
    exam_document_id: z.string(),
    course_document_id: z.string(),
    skill: z.string(),
    locale: z.string(),
    score: z.number().int().meta({ description: "0–100, the share of questions answered exactly right, rounded down" }),
    passed: z.boolean(),
    retry_at: timestamp.nullable().meta({ description: "After a failure, when the exam may be taken again; null for a pass" }),
    created_at: timestamp,
  })
  .meta({ id: "TrainingAttempt" })

/** A published course with the beautician's standing: their certification for its skill, their last score, and until when a failure holds them back. */
const courseFields = {
  documentId,
  slug: z.string(),
  title: z.string(),
  summary: z.string().nullable(),
  level: z.enum(["beginner", "intermediate", "advanced"]),
  skill: z.string().meta({ description: "The service product's handle a pass certifies" }),
  cover: TrainingMedia.nullable(),
  exam: ExamSummary.nullable(),
  certification: Certification.nullable(),
  retry_at: timestamp.nullable().meta({ description: "Until when a failed attempt holds the beautician back; null when they may sit the exam" }),
  last_score: z.number().int().nullable(),
}
const Course = z.object(courseFields).meta({ id: "TrainingCourse" })
const CourseWithLessons = z
  .object({
    ...courseFields,
    lessons: z.array(
      z.object({
        documentId,
        position: z.number().int().meta({ description: "0-based, in the trainer's order" }),
        title: z.string(),
        video_url: z.string().nullable(),
        duration_minutes: z.number().int().nullable(),
      }),
    ),
  })
  .meta({ id: "TrainingCourseWithLessons" })

const Lesson = z
  .object({
    documentId,
    title: z.string(),
    body: z.unknown().meta({ description: "Rich text as the cms's blocks (an array of nodes, text in the leaves), or null" }),
    video_url: z.string().nullable(),
    duration_minutes: z.number().int().nullable(),
    attachments: z.array(TrainingMedia),
    course_document_id: z.string().nullable(),
  })
  .meta({ id: "TrainingLesson" })

/** The exam as the beautician sits it: questions and options, never which are correct. */
const Exam = z
  .object({
    ...ExamSummary.shape,
    course: z.object({ documentId, title: z.string(), skill: z.string() }).nullable(),
    questions: z.array(
      z.object({
        key: z.string(),
        prompt: z.string(),
        kind: z.enum(["single", "multiple"]),
        options: z.array(z.object({ key: z.string(), label: z.string() })),
      }),
    ),
  })
  .meta({ id: "TrainingExam" })

const cmsDown = { 503: ["CMS_UNAVAILABLE"] } as const

export const operations = defineOperations({
  "GET /pro/training/attempts": {
    summary: "The beautician's exam attempts",
    description: "Their own attempts at every exam, newest first (nobody else's).",
    auth: "beautician",
    responses: { 200: z.object({ attempts: z.array(Attempt) }) },
  },
  "GET /pro/training/certifications": {
    summary: "The beautician's certifications",
    description: "Active and expired; an active one puts its skill among the services the beautician is offered.",
    auth: "beautician",
    responses: { 200: z.object({ certifications: z.array(Certification) }) },
  },
  "GET /pro/training/courses": {
    summary: "The published training courses",
    description: "By title, in the language asked for, each with the beautician's certification for its skill, last score and cooldown.",
    auth: "beautician",
    query: LocaleQuery,
    responses: { 200: z.object({ locale, courses: z.array(Course) }) },
    errors: cmsDown,
  },
  "GET /pro/training/courses/{documentId}": {
    summary: "A published course with its lessons",
    description: "The lessons in the order the trainer put them, and the beautician's standing with the course.",
    auth: "beautician",
    query: LocaleQuery,
    responses: { 200: z.object({ locale, course: CourseWithLessons }) },
    errors: { 404: ["COURSE_NOT_FOUND"], ...cmsDown },
  },
  "GET /pro/training/exams/{documentId}": {
    summary: "An exam's questions",
    description: "The questions and their options as the cms serves them to anyone: never the answer key.",
    auth: "beautician",
    query: LocaleQuery,
    responses: { 200: z.object({ locale, exam: Exam }) },
    errors: { 404: ["EXAM_NOT_FOUND"], ...cmsDown },
  },
  "GET /pro/training/exams/{documentId}/attempts": {
    summary: "The beautician's attempts at one exam",
    description: "Their own attempts at the exam, newest first.",
    auth: "beautician",
    responses: { 200: z.object({ attempts: z.array(Attempt) }) },
  },
  "POST /pro/training/exams/{documentId}/attempts": {
    summary: "Sit an exam",
    description:
      "Every question answered with options it has, each once, exactly one for a single-choice question (400 naming the first that does not fit). Graded in commerce with the key fetched from the cms: a question scores when the chosen options are exactly the correct ones; the score is the share scored, 0–100; a pass at `pass_mark` makes or renews the certification and gives its skill. A failure starts the exam's cooldown: an attempt during one is 409 `EXAM_COOLDOWN` with `retry_at`, and nothing is written.",
    auth: "beautician",
    body: AttemptBody,
    example: { locale: "zh-CN", answers: { q1: ["b"], q2: ["a", "c"] } },
    responses: { 201: z.object({ attempt: Attempt, certification: Certification.nullable().meta({ description: "On a pass" }) }) },
    errors: {
      400: ["UNKNOWN_QUESTION", "UNANSWERED_QUESTION", "UNKNOWN_OPTION", "REPEATED_OPTION", "ONE_OPTION_EXPECTED"],
      404: ["BEAUTICIAN_NOT_FOUND", "EXAM_NOT_FOUND"],
      409: ["EXAM_COOLDOWN", "EXAM_NOT_GRADABLE", "EXAM_WITHOUT_COURSE", "SKILL_NOT_A_SERVICE"],
      ...cmsDown,
    },
  },
  "GET /pro/training/lessons/{documentId}": {
    summary: "A published lesson",
    description: "Its text (the cms's rich-text blocks), video and attachments.",
    auth: "beautician",
    query: LocaleQuery,
    responses: { 200: z.object({ locale, lesson: Lesson }) },
    errors: { 404: ["LESSON_NOT_FOUND"], ...cmsDown },
  },
})
