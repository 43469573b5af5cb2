import type { Appointment } from "@/lib/booking"
import { districtLabel } from "@/lib/districts"
import { messagesFor } from "@/lib/i18n"
import type { Locale } from "@/lib/locale"
import type { ServiceOption } from "@/lib/catalog"
import { formatWhen } from "@/lib/clock"

/** What was booked, when and where: the card on the checkout and appointment pages. */
export function VisitSummary({ locale, appointment, service }: { locale: Locale; appointment: Appointment; service: { title: string; option: ServiceOption } | null }) {
  const t = messagesFor(locale)
  return (
    <section className="panel visit-summary" aria-label={t.visit}>
      <dl>
        <dt>{t.service}</dt>
        <dd>{service ? `${service.title} · ${service.option.title}` : "—"}</dd>
        <dt>{t.when}</dt>
        <dd>{formatWhen(appointment.start, locale)}</dd>
        <dt>{t.where}</dt>
        <dd>
          {districtLabel(appointment.address.district, locale)} · {appointment.address.line1}
          <br />
          <small>
            {appointment.address.contact_name} {appointment.address.contact_phone}
          </small>
        </dd>
      </dl>
    </section>
  )
}
