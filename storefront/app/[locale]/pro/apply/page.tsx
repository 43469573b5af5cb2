import Link from "next/link"
import { notFound, redirect } from "next/navigation"
import { ApplyForm } from "@/components/pro/apply/apply-form"
import { ApplyPhoneStep } from "@/components/pro/apply/apply-phone-step"
import { ProHeader } from "@/components/pro/pro-header"
import { ProUnavailable } from "@/components/pro/pro-unavailable"
import { unlessUnavailable } from "@/lib/backend"
import { messagesFor } from "@/lib/i18n"
import { isLocale, localePath } from "@/lib/locale"
import { mapTiles } from "@/lib/map"
import { applicationStanding, isLive, studiosTakingApplications, type Studio } from "@/lib/pro/application"
import { proToken } from "@/lib/pro/session"
import "@/styles/booking.css"
import "@/styles/pro.css"
import "@/styles/pro-apply.css"

export const dynamic = "force-dynamic"

type Stage = { kind: "phone" } | { kind: "status" } | { kind: "portal" } | { kind: "form"; studios: Studio[] }

/**
 * What this person sees: their phone to verify first, the form, or (having
 * applied, or working already) another page. A rejected application is shown
 * with its reason first; the form comes when they choose to apply again.
 */
async function stageOf(token: string | undefined, again: boolean): Promise<Stage> {
  if (!token) return { kind: "phone" }
  const standing = await applicationStanding(token)
  if (!standing) return { kind: "phone" }
  if (isLive(standing.application) || (standing.application && !again)) return { kind: "status" }
  // A beautician without an application, or one at work, has nothing to apply for.
  if (standing.beautician && (standing.beautician.status !== "pending" || !standing.application)) return { kind: "portal" }
  const studios = await studiosTakingApplications(token)
  return studios ? { kind: "form", studios } : { kind: "phone" }
}

/** `/pro/apply`: someone who is not a beautician yet applies to a studio, on their phone, step by step. */
export default async function ApplyPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ again?: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const path = "/pro/apply"
  const stage = await unlessUnavailable(stageOf(await proToken(), (await searchParams).again === "1"))
  if (!stage) return <ProUnavailable locale={locale} path={path} />
  if (stage.kind === "status") redirect(localePath(locale, "/pro/apply/status"))
  if (stage.kind === "portal") redirect(localePath(locale, "/pro"))
  return (
    <>
      <ProHeader locale={locale} path={path} />
      <main className="page pro-page apply-page">
        <h1>{t.applyTitle}</h1>
        <p className="form-hint">{t.applyLead}</p>
        {stage.kind === "phone" ? (
          <>
            <ApplyPhoneStep locale={locale} />
            <p className="pro-sign-in-links">
              <span>{t.applySignedInAs}</span>
              <Link href={localePath(locale, "/pro/sign-in")} prefetch={false}>
                {t.proSignInTitle}
              </Link>
            </p>
          </>
        ) : (
          <ApplyForm locale={locale} studios={stage.studios} tiles={mapTiles()} />
        )}
      </main>
    </>
  )
}
