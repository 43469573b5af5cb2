import { answer, store, type JsonOf } from "./api"

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
