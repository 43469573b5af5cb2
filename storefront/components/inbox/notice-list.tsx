"use client"

import Link from "next/link"
import { useRouter } from "next/navigation"
import { useState, useTransition } from "react"
import type { Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { inbox } from "@/lib/messages/inbox"
import { textsOf } from "@/lib/texts"

/** A notice as the page hands it over: its time already written out, its link already in the reader's language. */
export interface ShownNotice {
  id: string
  title: string
  body: string
  href: string | null
  when: string
  unread: boolean
}

/**
 * The notices, newest first: unread ones marked, read when opened or on
 * request through `markRead` (the customer's or the beautician's action).
 */
export function NoticeList({
  locale,
  notices,
  markRead,
  empty,
}: {
  locale: Locale
  notices: ShownNotice[]
  markRead: (id: string) => Promise<{ ok: true } | { ok: false; code: string }>
  /** What an empty inbox says, when the reader's notices are of another kind than a customer's. */
  empty?: string
}) {
  const t = textsOf(locale, inbox)
  const router = useRouter()
  const [read, setRead] = useState<Set<string>>(new Set())
  const [error, setError] = useState<string | null>(null)
  const [busy, startBusy] = useTransition()
  const isUnread = (n: ShownNotice) => n.unread && !read.has(n.id)
  const unread = notices.filter(isUnread).length

  const readOne = (id: string, then?: string) =>
    startBusy(async () => {
      setError(null)
      const done = await markRead(id)
      if (!done.ok) return setError(errorText(locale, done.code))
      setRead((before) => new Set(before).add(id))
      if (then) router.push(then)
    })

  if (notices.length === 0) return <p className="notice">{empty ?? t.noNotices}</p>
  return (
    <section aria-labelledby="notices-title">
      <h2 id="notices-title" className="section-title" aria-live="polite">
        {t.unreadCount(unread)}
      </h2>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <ul className="notice-list">
        {notices.map((n) => (
          <li key={n.id} className={isUnread(n) ? "notice-item unread" : "notice-item"} data-testid="notice">
            <div className="notice-text">
              <h3>
                {isUnread(n) && (
                  <span className="unread-dot">
                    <span className="visually-hidden">{t.unread}: </span>
                  </span>
                )}
                {n.title}
              </h3>
              <p>{n.body}</p>
              <small>{n.when}</small>
            </div>
            <div className="notice-actions">
              {n.href &&
                (isUnread(n) ? (
                  <Link
                    className="button button-secondary"
                    href={n.href}
                    onClick={(event) => {
                      event.preventDefault()
                      readOne(n.id, n.href!)
                    }}
                  >
                    {t.openNotice}
                  </Link>
                ) : (
                  <Link className="button button-quiet" href={n.href}>
                    {t.openNotice}
                  </Link>
                ))}
              {isUnread(n) && (
                <button type="button" className="link-button" onClick={() => readOne(n.id)} disabled={busy} aria-label={`${t.markRead}: ${n.title}`}>
                  {t.markRead}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
