import { answer, pro, type JsonOf } from "../api"
import type { Locale } from "../locale"

/** Courses, lessons, exams and certifications over `/pro/training` (read from the cms by commerce). */
export type Course = JsonOf<"/pro/training/courses", "get">["courses"][number]
export type CourseWithLessons = JsonOf<"/pro/training/courses/{documentId}", "get">["course"]
export type Lesson = JsonOf<"/pro/training/lessons/{documentId}", "get">["lesson"]
export type Exam = JsonOf<"/pro/training/exams/{documentId}", "get">["exam"]
export type Attempt = JsonOf<"/pro/training/attempts", "get">["attempts"][number]
export type Certification = JsonOf<"/pro/training/certifications", "get">["certifications"][number]

export function courses(token: string, locale: Locale) {
  return answer("/pro/training/courses", pro(token).GET("/pro/training/courses", { params: { query: { locale } } }))
}

export function course(token: string, locale: Locale, documentId: string) {
  return answer("/pro/training/courses/{documentId}", pro(token).GET("/pro/training/courses/{documentId}", { params: { path: { documentId }, query: { locale } } }))
}

export function lesson(token: string, locale: Locale, documentId: string) {
  return answer("/pro/training/lessons/{documentId}", pro(token).GET("/pro/training/lessons/{documentId}", { params: { path: { documentId }, query: { locale } } }))
}

export function exam(token: string, locale: Locale, documentId: string) {
  return answer("/pro/training/exams/{documentId}", pro(token).GET("/pro/training/exams/{documentId}", { params: { path: { documentId }, query: { locale } } }))
}

export function examAttempts(token: string, documentId: string) {
  return answer("/pro/training/exams/{documentId}/attempts", pro(token).GET("/pro/training/exams/{documentId}/attempts", { params: { path: { documentId } } }))
}

export function sitExam(token: string, locale: Locale, documentId: string, answers: Record<string, string[]>) {
  return answer(
    "/pro/training/exams/{documentId}/attempts",
    pro(token).POST("/pro/training/exams/{documentId}/attempts", { params: { path: { documentId } }, body: { locale, answers } }),
  )
}

export function certifications(token: string) {
  return answer("/pro/training/certifications", pro(token).GET("/pro/training/certifications"))
}
