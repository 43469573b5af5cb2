import type { ShownNotice } from "@/components/inbox/notice-list"
import { answer, store, type JsonOf } from "./api"
import { localePath, type Locale } from "./locale"
import { formatWhen } from "./time"

export type Notice = JsonOf<"/store/notifications", "get">["notifications"][number]
export type NoticePreferences = JsonOf<"/store/notification-preferences", "get">["preferences"]

/** The customer's in-app notices, newest first, with how many are unread. */
export function myNotices(token: string) {
  return answer("/store/notifications", store(token).GET("/store/notifications", { params: { query: { limit: 50 } } }))
}

export function markNoticeRead(token: string, id: string) {
  return answer("/store/notifications/{id}/read", store(token).POST("/store/notifications/{id}/read", { params: { path: { id } } }))
}

export function noticePreferences(token: string) {
  return answer("/store/notification-preferences", store(token).GET("/store/notification-preferences"))
}

export function saveNoticePreferences(token: string, change: Partial<NoticePreferences>) {
  return answer("/store/notification-preferences", store(token).PUT("/store/notification-preferences", { body: change }))
}

/**
 * Notices (a customer's or a beautician's: one shape) as the list shows them.
 * Times are written here, on the server, so the browser renders the very
 * same text; links go to the reader's language.
 */
export function shownNotices(notices: Notice[], locale: Locale): ShownNotice[] {
  return notices.map((n) => ({
    id: n.id,
    title: n.title,
    body: n.body,
    href: n.url ? localePath(locale, n.url) : null,
    when: formatWhen(n.created_at, locale),
    unread: n.read_at === null,
  }))
}
