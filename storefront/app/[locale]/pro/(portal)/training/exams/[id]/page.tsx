import Link from "next/link"
import { notFound } from "next/navigation"
import { ProHeader } from "@/components/pro/pro-header"
import { ProUnavailable } from "@/components/pro/pro-unavailable"
import { ExamForm } from "@/components/pro/training/exam-form"
import { unlessUnavailable } from "@/lib/backend"
import { messagesFor } from "@/lib/i18n"
import { isLocale, localePath } from "@/lib/locale"
import { proTitle } from "@/lib/pro/metadata"
import { dataOrSignIn } from "@/lib/pro/page-data"
import { signedInBeautician } from "@/lib/pro/session"
import { exam as readExam, examAttempts } from "@/lib/pro/training"
import { formatWhen } from "@/lib/time"
import { serviceTitlesByHandle } from "@/lib/visit"
import "@/styles/pro-office.css"

export const dynamic = "force-dynamic"

export const generateMetadata = proTitle((t) => t.trainingTitle)

/** An exam to sit, or — after a fail, until its cooldown ends — the score and when it may be sat again. */
export default async function ExamPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  const path = `/pro/training/exams/${id}`
  const signedIn = await unlessUnavailable(signedInBeautician(locale, path))
  if (!signedIn) return <ProUnavailable locale={locale} path={path} />
  const [read, tried, titles] = await Promise.all([
    unlessUnavailable(readExam(signedIn.token, locale, id)),
    unlessUnavailable(examAttempts(signedIn.token, id)),
    unlessUnavailable(serviceTitlesByHandle(locale)),
  ])
  if (!read || !tried) return <ProUnavailable locale={locale} path={path} />
  if (!read.ok && read.code === "EXAM_NOT_FOUND") notFound()
  const [{ exam }, { attempts }] = dataOrSignIn(locale, path, [read, tried] as const)
  const t = messagesFor(locale)
  const latest = attempts[0]
  const coolingDown = latest && !latest.passed && latest.retry_at && Date.parse(latest.retry_at) > Date.now() ? latest : null
  const back = localePath(locale, exam.course ? `/pro/training/courses/${exam.course.documentId}` : "/pro/training")
  const service = exam.course ? (titles?.get(exam.course.skill) ?? exam.course.skill) : ""
  return (
    <>
      <ProHeader locale={locale} path={path} />
      <main className="page pro-page training-page">
        <Link href={back} className="back-link">
          ‹ {exam.course?.title ?? t.trainingTitle}
        </Link>
        <h1>{exam.title}</h1>
        <p className="form-hint">{t.examRules(exam.pass_mark, exam.cooldown_hours, exam.validity_months)}</p>
        {coolingDown ? (
          <section className="panel exam-result exam-failed" aria-labelledby="cooldown-title" data-testid="exam-cooldown">
            <h2 id="cooldown-title">{t.examFailed(coolingDown.score, exam.pass_mark)}</h2>
            <p>{t.examCooldownUntil(formatWhen(coolingDown.retry_at!, locale))}</p>
            <Link className="button button-quiet" href={back}>
              {t.examReview}
            </Link>
          </section>
        ) : (
          <ExamForm locale={locale} exam={exam} service={service} />
        )}
      </main>
    </>
  )
}
