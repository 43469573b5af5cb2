import { messagesFor } from "@/lib/i18n"
import type { Locale } from "@/lib/locale"
import type { ProJob } from "@/lib/pro/day"

/** What was recorded when the job ended: the notes, the products and the photos (or a no-show's note). */
export function JobRecord({ locale, record }: { locale: Locale; record: ProJob["service_record"] }) {
  const t = messagesFor(locale)
  const photos = (list: string[] | undefined, which: string) =>
    list && list.length > 0 ? (
      <>
        <h3>{which}</h3>
        <ul className="record-photos">
          {list.map((url, i) => (
            <li key={url}>
              <a href={url} target="_blank" rel="noopener noreferrer">
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={url} alt={t.jobPhotoAlt(which, i + 1)} width={96} height={96} loading="lazy" />
              </a>
            </li>
          ))}
        </ul>
      </>
    ) : null
  const notes = record?.notes ?? record?.note
  const products = record?.products_used ?? []
  const empty = !notes && products.length === 0 && !record?.photos_before?.length && !record?.photos_after?.length
  return (
    <section className="panel job-record" aria-labelledby="job-record">
      <h2 id="job-record">{t.jobRecord}</h2>
      {empty && <p className="empty">{t.jobNoRecord}</p>}
      {notes && <p className="job-notes">{notes}</p>}
      {products.length > 0 && (
        <>
          <h3>{t.jobProducts}</h3>
          <ul className="chip-list">
            {products.map((product) => (
              <li key={product}>{product}</li>
            ))}
          </ul>
        </>
      )}
      {photos(record?.photos_before, t.jobPhotosBefore)}
      {photos(record?.photos_after, t.jobPhotosAfter)}
    </section>
  )
}
