import Link from "next/link"
import { notFound } from "next/navigation"
import { ProHeader } from "@/components/pro/pro-header"
import { ProUnavailable } from "@/components/pro/pro-unavailable"
import { CertificationList } from "@/components/pro/training/certification-list"
import { CourseStanding } from "@/components/pro/training/course-standing"
import { unlessUnavailable } from "@/lib/backend"
import { messagesFor } from "@/lib/i18n"
import { isLocale, localePath } from "@/lib/locale"
import { proTitle } from "@/lib/pro/metadata"
import { dataOrSignIn } from "@/lib/pro/page-data"
import { signedInBeautician } from "@/lib/pro/session"
import { certifications, courses } from "@/lib/pro/training"
import { serviceTitlesByHandle } from "@/lib/visit"
import "@/styles/pro-office.css"

export const dynamic = "force-dynamic"

export const generateMetadata = proTitle((t) => t.trainingTitle)

/**
 * Training: the published courses with where the beautician stands in each,
 * and their certifications with what each unlocks. Courses come from the cms
 * through commerce; when it cannot answer, the certifications still show.
 */
export default async function TrainingPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const path = "/pro/training"
  const signedIn = await unlessUnavailable(signedInBeautician(locale, path))
  if (!signedIn) return <ProUnavailable locale={locale} path={path} />
  const { token } = signedIn
  const [published, held, titles] = await Promise.all([unlessUnavailable(courses(token, locale)), unlessUnavailable(certifications(token)), unlessUnavailable(serviceTitlesByHandle(locale))])
  if (!held) return <ProUnavailable locale={locale} path={path} />
  const [mine] = dataOrSignIn(locale, path, [held] as const)
  const serviceOf = (skill: string) => titles?.get(skill) ?? skill
  const t = messagesFor(locale)
  return (
    <>
      <ProHeader locale={locale} path={path} />
      <main className="page pro-page training-page">
        <h1>{t.trainingTitle}</h1>
        <p className="form-hint">{t.trainingLead}</p>
        <section aria-labelledby="courses-title">
          <h2 id="courses-title" className="section-title">
            {t.coursesTitle}
          </h2>
          {!published || !published.ok ? (
            <div className="notice notice-error" role="alert">
              <p>{t.coursesUnavailable}</p>
              <a className="button" href={localePath(locale, path)}>
                {t.tryAgain}
              </a>
            </div>
          ) : published.data.courses.length === 0 ? (
            <p className="notice">{t.coursesNone}</p>
          ) : (
            <ul className="course-list">
              {published.data.courses.map((course) => (
                <li key={course.documentId} className="course-card" data-testid="course">
                  <Link href={localePath(locale, `/pro/training/courses/${course.documentId}`)}>
                    <span className="course-card-head">
                      <strong>{course.title}</strong>
                      <span className="badge badge-done">{t.courseLevel[course.level]}</span>
                    </span>
                    {course.summary && <span className="course-summary">{course.summary}</span>}
                    <span className="form-hint">{t.courseUnlocks(serviceOf(course.skill))}</span>
                  </Link>
                  <CourseStanding locale={locale} course={course} />
                </li>
              ))}
            </ul>
          )}
        </section>
        <CertificationList locale={locale} certifications={mine.certifications} serviceOf={serviceOf} />
      </main>
    </>
  )
}
