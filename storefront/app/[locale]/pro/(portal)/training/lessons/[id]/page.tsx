import Link from "next/link"
import { notFound } from "next/navigation"
import { ProHeader } from "@/components/pro/pro-header"
import { ProUnavailable } from "@/components/pro/pro-unavailable"
import { RichText } from "@/components/rich-text"
import { unlessUnavailable } from "@/lib/backend"
import { mediaUrl, type RichTextBlock } from "@/lib/cms"
import { messagesFor } from "@/lib/i18n"
import { isLocale, localePath } from "@/lib/locale"
import { proTitle } from "@/lib/pro/metadata"
import { dataOrSignIn } from "@/lib/pro/page-data"
import { signedInBeautician } from "@/lib/pro/session"
import { lesson as readLesson } from "@/lib/pro/training"
import "@/styles/pro-office.css"

export const dynamic = "force-dynamic"

export const generateMetadata = proTitle((t) => t.trainingTitle)

/** Only web addresses are followed from a lesson: never `javascript:` or the like. */
const isWebUrl = (url: string | null): url is string => !!url && /^https?:\/\//.test(url)

/** A lesson: its text and pictures (the cms's rich text), its video to watch, and its attachments. */
export default async function LessonPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  const path = `/pro/training/lessons/${id}`
  const signedIn = await unlessUnavailable(signedInBeautician(locale, path))
  if (!signedIn) return <ProUnavailable locale={locale} path={path} />
  const read = await unlessUnavailable(readLesson(signedIn.token, locale, id))
  if (!read) return <ProUnavailable locale={locale} path={path} />
  if (!read.ok && read.code === "LESSON_NOT_FOUND") notFound()
  const [{ lesson }] = dataOrSignIn(locale, path, [read] as const)
  const t = messagesFor(locale)
  const blocks = Array.isArray(lesson.body) ? (lesson.body as RichTextBlock[]) : []
  return (
    <>
      <ProHeader locale={locale} path={path} />
      <main className="page pro-page training-page">
        <Link href={localePath(locale, lesson.course_document_id ? `/pro/training/courses/${lesson.course_document_id}` : "/pro/training")} className="back-link">
          ‹ {t.lessonBack}
        </Link>
        <h1>{lesson.title}</h1>
        {lesson.duration_minutes !== null && <p className="form-hint">{t.lessonMinutes(lesson.duration_minutes)}</p>}
        {isWebUrl(lesson.video_url) && (
          <p>
            <a className="button" href={lesson.video_url} target="_blank" rel="noopener noreferrer">
              ▶ {t.lessonWatch}
            </a>
          </p>
        )}
        <article className="prose lesson-body">{blocks.length > 0 ? <RichText blocks={blocks} /> : <p className="empty">{t.lessonNoText}</p>}</article>
        {lesson.attachments.length > 0 && (
          <section className="panel" aria-labelledby="attachments-title">
            <h2 id="attachments-title">{t.lessonAttachments}</h2>
            <ul className="pro-menu">
              {lesson.attachments.map((file) => (
                <li key={file.url}>
                  <a href={mediaUrl(file.url)} target="_blank" rel="noopener noreferrer">
                    {file.alt ?? file.url.split("/").pop()}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </>
  )
}
