import { messagesFor } from "@/lib/i18n"
import type { Locale } from "@/lib/locale"
import type { ProJob } from "@/lib/pro/day"

const APPS = ["amap", "baidu", "apple", "google"] as const

/** Turn-by-turn directions to the job in the map app the beautician uses (links made by booking-core, while the address is shown). */
export function NavigationLinks({ locale, job, label }: { locale: Locale; job: ProJob; label: string }) {
  if (!job.navigation) return null
  const t = messagesFor(locale)
  const links = job.navigation
  return (
    <nav className="nav-apps" aria-label={`${t.navigate}: ${label}`}>
      {APPS.map((app) => (
        <a key={app} href={links[app]} className="button button-quiet" target={app === "baidu" ? undefined : "_blank"} rel="noopener noreferrer">
          {t.navigateWith[app]}
        </a>
      ))}
    </nav>
  )
}
