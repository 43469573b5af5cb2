import Link from "next/link"
import { notFound } from "next/navigation"
import { CalendarFeed } from "@/components/pro/calendar-feed"
import { ProHeader } from "@/components/pro/pro-header"
import { ProUnavailable } from "@/components/pro/pro-unavailable"
import { ProfileEditor } from "@/components/pro/profile-editor"
import { ProfileVersions } from "@/components/pro/profile-versions"
import { unlessUnavailable } from "@/lib/backend"
import { messagesFor } from "@/lib/i18n"
import { isLocale, localePath, type Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { readOwnProfile } from "@/lib/pro/profile"
import { signedInBeautician } from "@/lib/pro/session"
import "@/styles/pro-profile.css"

export const dynamic = "force-dynamic"

/**
 * The beautician's public profile as they edit it: what customers see now,
 * the change waiting for the platform's review beside it, the form that sends
 * a change (in the page's language, or `?version=` the other), and the
 * calendar feed of their jobs.
 */
export default async function ProProfilePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ version?: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { version } = await searchParams
  const editing: Locale = version && isLocale(version) ? version : locale
  const path = editing === locale ? "/pro/profile" : `/pro/profile?version=${editing}`
  const t = messagesFor(locale)
  const read = await unlessUnavailable(
    (async () => {
      const signedIn = await signedInBeautician(locale, path)
      return { beautician: signedIn.beautician, profile: await readOwnProfile(signedIn.token, editing) }
    })(),
  )
  if (!read) return <ProUnavailable locale={locale} path={path} />
  const { beautician, profile } = read
  const other: Locale = editing === "en" ? "zh-CN" : "en"
  return (
    <>
      <ProHeader locale={locale} path="/pro/profile" />
      <main className="page pro-page pro-profile">
        <Link href={localePath(locale, "/pro/me")} className="back-link">
          {t.proMeTitle}
        </Link>
        <h1>{t.proProfileTitle}</h1>
        <p className="form-hint">{t.proProfileLead}</p>
        <p className="profile-language">
          <span>{t.proProfileEditing(t.proProfileLanguages[editing])}</span>
          <Link href={`${localePath(locale, "/pro/profile")}${other === locale ? "" : `?version=${other}`}`}>{t.proProfileEditOther(t.proProfileLanguages[other])}</Link>
        </p>
        {profile.ok ? (
          <>
            <ProfileVersions locale={locale} profile={profile.data.profile} />
            <p>
              <Link href={localePath(editing, `/beauticians/${beautician.id}`)} className="text-link profile-public-link">
                {t.proProfilePublicLink}
              </Link>
            </p>
            <ProfileEditor key={editing} locale={locale} editing={editing} start={profile.data.profile.pending ?? profile.data.profile.live} />
          </>
        ) : (
          <p className="notice notice-error" role="alert">
            {profile.code === "CMS_UNAVAILABLE" ? t.proProfileUnavailable : errorText(locale, profile.code)}
          </p>
        )}
        <CalendarFeed locale={locale} />
      </main>
    </>
  )
}
