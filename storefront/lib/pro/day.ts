import type { paths } from "@doorstep/api"
import { answer, pro, type JsonOf } from "../api"

/**
 * The beautician's working day over `/pro`: open offers and answering them,
 * their jobs and each job's steps, what a job pays, the customer's review,
 * and the browser's push subscription.
 */
export type OpenOffer = JsonOf<"/pro/offers", "get">["offers"][number]
export type ProJob = JsonOf<"/pro/jobs", "get">["jobs"][number]
export type JobPay = JsonOf<"/pro/pay", "get">["pay"][number]
export type JobReview = NonNullable<JsonOf<"/pro/jobs/{id}/review", "get">["review"]>
type BodyOf<P extends keyof paths, M extends "post" | "delete"> = paths[P][M] extends { requestBody: { content: { "application/json": infer B } } } ? B : never
export type JobStep = BodyOf<"/pro/jobs/{id}/status", "post">
export type ServiceRecord = NonNullable<Extract<JobStep, { status: "completed" }>["service_record"]>
export type PushSubscriptionJson = BodyOf<"/pro/push-subscriptions", "post">

export function openOffers(token: string) {
  return answer("/pro/offers", pro(token).GET("/pro/offers"))
}

export function acceptOffer(token: string, id: string) {
  return answer("/pro/offers/{id}/accept", pro(token).POST("/pro/offers/{id}/accept", { params: { path: { id } } }))
}

export function declineOffer(token: string, id: string, reason: string) {
  return answer("/pro/offers/{id}/decline", pro(token).POST("/pro/offers/{id}/decline", { params: { path: { id } }, body: { reason } }))
}

/** From yesterday to a week ahead, soonest first. */
export function myJobs(token: string) {
  return answer("/pro/jobs", pro(token).GET("/pro/jobs"))
}

export function myJob(token: string, id: string) {
  return answer("/pro/jobs/{id}", pro(token).GET("/pro/jobs/{id}", { params: { path: { id } } }))
}

export function stepJob(token: string, id: string, step: JobStep) {
  return answer("/pro/jobs/{id}/status", pro(token).POST("/pro/jobs/{id}/status", { params: { path: { id } }, body: step }))
}

export function jobReview(token: string, id: string) {
  return answer("/pro/jobs/{id}/review", pro(token).GET("/pro/jobs/{id}/review", { params: { path: { id } } }))
}

/**
 * What each appointment pays the beautician, by appointment id (none asked:
 * none read). Pay is a detail of a page that stands without it: a refusal
 * leaves it out rather than the page.
 */
export async function payOf(token: string, appointmentIds: readonly string[]): Promise<Map<string, JobPay>> {
  if (appointmentIds.length === 0) return new Map()
  const got = await answer("/pro/pay", pro(token).GET("/pro/pay", { params: { query: { appointment_id: appointmentIds.slice(0, 50).join(",") } } }))
  return new Map(got.ok ? got.data.pay.map((pay) => [pay.appointment_id, pay]) : [])
}

export function vapidKey(token: string) {
  return answer("/pro/push/vapid-key", pro(token).GET("/pro/push/vapid-key"))
}

export function subscribePush(token: string, subscription: PushSubscriptionJson) {
  return answer("/pro/push-subscriptions", pro(token).POST("/pro/push-subscriptions", { body: subscription }))
}

export function unsubscribePush(token: string, endpoint: string) {
  return answer("/pro/push-subscriptions", pro(token).DELETE("/pro/push-subscriptions", { body: { endpoint } }))
}
