import { messagesFor } from "@/lib/i18n"
import { formatDate, type Locale } from "@/lib/locale"
import type { OwnProfile, ProfileVersion } from "@/lib/pro/profile"

function Version({ locale, title, version, tone }: { locale: Locale; title: string; version: ProfileVersion | null; tone: "live" | "pending" }) {
  const t = messagesFor(locale)
  return (
    <article className={`profile-version profile-version-${tone}`} aria-label={title}>
      <h2>{title}</h2>
      {version ? (
        <>
          <div className="profile-version-head">
            {version.avatar && <img src={version.avatar.thumbnail_url} alt={t.proProfilePortraitAlt} width={56} height={56} className="profile-version-avatar" />}
            <ul className="chip-list" aria-label={t.proProfileSpecialties}>
              {version.specialties.map((name) => (
                <li key={name} className="chip">
                  {name}
                </li>
              ))}
            </ul>
          </div>
          <div className="profile-version-bio">{version.bio ? version.bio.split("\n").map((line, i) => <p key={i}>{line}</p>) : <p>{t.proProfileNoBio}</p>}</div>
          {version.gallery.length > 0 && (
            <ul className="photo-strip" aria-label={t.proProfileGallery}>
              {version.gallery.map((photo, i) => (
                <li key={photo.url}>
                  <img src={photo.thumbnail_url} alt={t.proProfilePhotoAlt(i + 1)} width={72} height={72} />
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p className="form-hint">{t.proProfileNothingLive}</p>
      )}
    </article>
  )
}

/** "Waiting for review" with the public version beside the one sent, or just the public one when nothing waits. */
export function ProfileVersions({ locale, profile }: { locale: Locale; profile: OwnProfile }) {
  const t = messagesFor(locale)
  return (
    <section className="profile-versions">
      {profile.pending && (
        <p className="review-banner" role="status">
          <span className="badge badge-wait">{t.proProfileWaiting}</span>
          <span>{t.proProfileWaitingText(formatDate(profile.pending.updated_at, locale))}</span>
        </p>
      )}
      <div className="profile-version-pair">
        <Version locale={locale} title={t.proProfileLiveTitle} version={profile.live} tone="live" />
        {profile.pending && <Version locale={locale} title={t.proProfilePendingTitle} version={profile.pending} tone="pending" />}
      </div>
    </section>
  )
}
