"use client"

import { useRef, useState } from "react"
import type { Locale } from "@/lib/locale"
import { reviews } from "@/lib/messages/reviews"
import { textsOf } from "@/lib/texts"

export interface ReviewPhoto {
  url: string
  thumbnail_url: string
}

/**
 * A review's photos as small squares; each opens larger in a modal dialog
 * (the browser's own: focus stays inside, Esc closes), with the previous and
 * next photo one tap away.
 */
export function PhotoViewer({ photos, locale }: { photos: ReviewPhoto[]; locale: Locale }) {
  const t = textsOf(locale, reviews)
  const dialog = useRef<HTMLDialogElement>(null)
  const [shown, setShown] = useState(0)
  if (photos.length === 0) return null
  const total = photos.length
  const open = (index: number) => {
    setShown(index)
    dialog.current?.showModal()
  }
  const step = (by: number) => setShown((index) => (index + by + total) % total)
  return (
    <>
      <ul className="photo-strip">
        {photos.map((photo, i) => (
          <li key={photo.url}>
            <button type="button" className="photo-thumb" onClick={() => open(i)} aria-label={t.openPhoto(i + 1, total)}>
              {/* A plain img: the cms serves its own renditions. */}
              <img src={photo.thumbnail_url} alt="" width={72} height={72} loading="lazy" decoding="async" />
            </button>
          </li>
        ))}
      </ul>
      <dialog
        ref={dialog}
        className="photo-dialog"
        aria-label={t.photoAlt(shown + 1, total)}
        // A tap on the dim backdrop (the dialog itself, outside the figure) closes it too.
        onClick={(event) => event.target === event.currentTarget && dialog.current?.close()}
      >
        <figure>
          <img src={photos[shown]?.url} alt={t.photoAlt(shown + 1, total)} />
          {total > 1 && <figcaption>{`${shown + 1} / ${total}`}</figcaption>}
        </figure>
        <div className="photo-dialog-actions">
          {total > 1 && (
            <button type="button" className="button button-quiet" onClick={() => step(-1)}>
              {t.previousPhoto}
            </button>
          )}
          {total > 1 && (
            <button type="button" className="button button-quiet" onClick={() => step(1)}>
              {t.nextPhoto}
            </button>
          )}
          <button type="button" className="button" onClick={() => dialog.current?.close()} autoFocus>
            {t.closePhoto}
          </button>
        </div>
      </dialog>
    </>
  )
}
