import { DateTime } from "luxon"
import { messagesFor } from "@/lib/i18n"
import type { Locale } from "@/lib/locale"
import { ZONE } from "@/lib/clock"

/** How many months back a statement can be fetched from here. */
const MONTHS = 6

/** The last few months' statements, each a CSV download (the ledger's entries with the balance after each). */
export function StatementLinks({ locale, now = new Date() }: { locale: Locale; now?: Date }) {
  const t = messagesFor(locale)
  const thisMonth = DateTime.fromJSDate(now).setZone(ZONE).startOf("month")
  const months = Array.from({ length: MONTHS }, (_, i) => thisMonth.minus({ months: i }))
  return (
    <section className="panel" aria-labelledby="statements-title">
      <h2 id="statements-title">{t.statementsTitle}</h2>
      <p className="form-hint">{t.statementsLead}</p>
      <ul className="statement-list">
        {months.map((month) => {
          const key = month.toFormat("yyyy-MM")
          return (
            <li key={key}>
              <a href={`/api/pro/statements/${key}`} download={`doorstep-earnings-${key}.csv`} className="button button-quiet">
                {t.statementMonth(month.year, month.month)}
              </a>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
