import { answer, pro, type JsonOf } from "../api"

/** The beautician's in-app notices and the language they come in. */
export type ProNoticePreferences = JsonOf<"/pro/notification-preferences", "get">["preferences"]

export function proNotices(token: string) {
  return answer("/pro/notifications", pro(token).GET("/pro/notifications", { params: { query: { limit: 50 } } }))
}

export function markProNoticeRead(token: string, id: string) {
  return answer("/pro/notifications/{id}/read", pro(token).POST("/pro/notifications/{id}/read", { params: { path: { id } } }))
}

export function proNoticePreferences(token: string) {
  return answer("/pro/notification-preferences", pro(token).GET("/pro/notification-preferences"))
}

export function saveProNoticePreferences(token: string, change: Partial<ProNoticePreferences>) {
  return answer("/pro/notification-preferences", pro(token).PUT("/pro/notification-preferences", { body: change }))
}
