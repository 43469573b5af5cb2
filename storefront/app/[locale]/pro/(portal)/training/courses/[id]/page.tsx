import Link from "next/link"
import { notFound } from "next/navigation"
import { ProHeader } from "@/components/pro/pro-header"
import { ProUnavailable } from "@/components/pro/pro-unavailable"
import { CourseStanding } from "@/components/pro/training/course-standing"
import { unlessUnavailable } from "@/lib/backend"
import { messagesFor } from "@/lib/i18n"
import { isLocale, localePath } from "@/lib/locale"
import { proTitle } from "@/lib/pro/metadata"
import { dataOrSignIn } from "@/lib/pro/page-data"
import { signedInBeautician } from "@/lib/pro/session"
import { course as readCourse } from "@/lib/pro/training"
import { serviceTitlesByHandle } from "@/lib/visit"
import "@/styles/pro-office.css"

export const dynamic = "force-dynamic"

export const generateMetadata = proTitle((t) => t.trainingTitle)

/** A course: its lessons in the trainer's order, and its exam — the mark to pass, the wait after a fail, how long a pass certifies — to sit or wait for. */
export default async function CoursePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  const path = `/pro/training/courses/${id}`
  const signedIn = await unlessUnavailable(signedInBeautician(locale, path))
  if (!signedIn) return <ProUnavailable locale={locale} path={path} />
  const [read, titles] = await Promise.all([unlessUnavailable(readCourse(signedIn.token, locale, id)), unlessUnavailable(serviceTitlesByHandle(locale))])
  if (!read) return <ProUnavailable locale={locale} path={path} />
  if (!read.ok && read.code === "COURSE_NOT_FOUND") notFound()
  const [{ course }] = dataOrSignIn(locale, path, [read] as const)
  const t = messagesFor(locale)
  const service = titles?.get(course.skill) ?? course.skill
  return (
    <>
      <ProHeader locale={locale} path={path} />
      <main className="page pro-page training-page">
        <Link href={localePath(locale, "/pro/training")} className="back-link">
          ‹ {t.trainingTitle}
        </Link>
        <h1>{course.title}</h1>
        {course.summary && <p>{course.summary}</p>}
        <p className="form-hint">{t.courseUnlocks(service)}</p>
        <CourseStanding locale={locale} course={course} />
        <section className="panel" aria-labelledby="lessons-title">
          <h2 id="lessons-title">{t.lessonsTitle}</h2>
          {course.lessons.length === 0 ? (
            <p className="empty">{t.lessonsNone}</p>
          ) : (
            <ol className="pro-menu lesson-list">
              {course.lessons.map((lesson) => (
                <li key={lesson.documentId}>
                  <Link href={localePath(locale, `/pro/training/lessons/${lesson.documentId}`)}>
                    <span>
                      {lesson.title}
                      {lesson.duration_minutes !== null && <small className="form-hint"> · {t.lessonMinutes(lesson.duration_minutes)}</small>}
                      {lesson.video_url && <small className="form-hint"> · {t.lessonHasVideo}</small>}
                    </span>
                  </Link>
                </li>
              ))}
            </ol>
          )}
        </section>
        {course.exam && (
          <section className="panel" aria-labelledby="exam-title">
            <h2 id="exam-title">{course.exam.title}</h2>
            <p className="form-hint">{t.examRules(course.exam.pass_mark, course.exam.cooldown_hours, course.exam.validity_months)}</p>
            {course.retry_at ? (
              <p className="button button-quiet exam-wait" aria-disabled="true">
                {t.examWait}
              </p>
            ) : (
              <Link className="button" href={localePath(locale, `/pro/training/exams/${course.exam.documentId}`)}>
                {course.certification?.status === "active" ? t.examRenew : t.examStart}
              </Link>
            )}
          </section>
        )}
      </main>
    </>
  )
}
