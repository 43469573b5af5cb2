import { answer, pro, type JsonOf } from "../api"

/** The beautician's calendar over `/pro`: jobs, weekly hours, date overrides and time off. */
export type ProJob = JsonOf<"/pro/jobs", "get">["jobs"][number]
export type WeeklyWindow = JsonOf<"/pro/working-hours", "get">["weekly"][number]
export type LocalWindow = Omit<WeeklyWindow, "weekday">
export type DateOverride = JsonOf<"/pro/date-overrides", "get">["overrides"][number]
export type TimeOff = JsonOf<"/pro/time-off", "get">["time_off"][number]

/** The jobs starting on the local dates `from`–`to`, both included. */
export function jobsBetween(token: string, from: string, to: string) {
  return answer("/pro/jobs", pro(token).GET("/pro/jobs", { params: { query: { from, to } } }))
}

export function timeOffBetween(token: string, from: string, to: string) {
  return answer("/pro/time-off", pro(token).GET("/pro/time-off", { params: { query: { from, to } } }))
}

export function workingHours(token: string) {
  return answer("/pro/working-hours", pro(token).GET("/pro/working-hours"))
}

export function dateOverrides(token: string) {
  return answer("/pro/date-overrides", pro(token).GET("/pro/date-overrides"))
}

export function putWorkingHours(token: string, weekly: WeeklyWindow[]) {
  return answer("/pro/working-hours", pro(token).PUT("/pro/working-hours", { body: { weekly } }))
}

export function putDateOverride(token: string, date: string, windows: LocalWindow[]) {
  return answer("/pro/date-overrides/{date}", pro(token).PUT("/pro/date-overrides/{date}", { params: { path: { date } }, body: { windows } }))
}

export function deleteDateOverride(token: string, date: string) {
  return answer("/pro/date-overrides/{date}", pro(token).DELETE("/pro/date-overrides/{date}", { params: { path: { date } } }))
}

export function postTimeOff(token: string, body: { starts_at: string; ends_at: string; reason?: string }) {
  return answer("/pro/time-off", pro(token).POST("/pro/time-off", { body }))
}

export function deleteTimeOff(token: string, id: string) {
  return answer("/pro/time-off/{id}", pro(token).DELETE("/pro/time-off/{id}", { params: { path: { id } } }))
}
