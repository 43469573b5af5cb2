import { useCallback, useEffect, useRef, useState } from "react"
import { usePermissions } from "react-admin"
import { api, type ApiError, type Schemas } from "../api"
import { useStudioHandle } from "../layout/studio-picker"
import type { Staff } from "../roles"

export type QueuedJob = Schemas["QueuedJob"]
export type Position = Schemas["BeauticianPosition"]

/** Jobs per page of the queue (the route's most is 50). */
export const PAGE_SIZE = 20
/** How often the board reads the queue and the map again. */
export const REFRESH_MS = 15_000

interface Board {
  queue: QueuedJob[]
  count: number
  positions: Position[]
  loadedAt: Date
}

/**
 * The board's data: a page of the queue and the beauticians' positions, read
 * again every 15 s (while the tab is visible) and on demand. What was shown
 * stays on screen while a read is under way, and after a failed one, so the
 * user keeps their place; the failure is reported beside it.
 */
export function useBoard(page: number) {
  const { permissions } = usePermissions<Staff>()
  const handle = useStudioHandle()
  // A studio's staff always see their own studio (the server decides); the platform sees the picked studio, or all.
  const studio = permissions?.role === "platform_admin" ? (handle ?? undefined) : undefined
  const [board, setBoard] = useState<Board | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [loading, setLoading] = useState(false)
  const latest = useRef(0)

  const load = useCallback(async () => {
    if (!permissions?.role) return
    const ticket = ++latest.current
    setLoading(true)
    try {
      const [queue, positions] = await Promise.all([
        api<{ count: number; queue: QueuedJob[] }>("GET", "/admin/dispatch/queue", { query: { merchant_handle: studio, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } }),
        api<{ positions: Position[] }>("GET", "/admin/dispatch/positions", { query: { merchant_handle: studio, limit: 500 } }),
      ])
      if (ticket !== latest.current) return
      setBoard({ queue: queue.queue, count: queue.count, positions: positions.positions, loadedAt: new Date() })
      setError(null)
    } catch (e) {
      if (ticket === latest.current) setError(e as ApiError)
    } finally {
      if (ticket === latest.current) setLoading(false)
    }
  }, [permissions?.role, studio, page])

  useEffect(() => {
    void load()
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible") void load()
    }, REFRESH_MS)
    return () => window.clearInterval(timer)
  }, [load])

  return { board, error, loading, reload: load }
}

/** "mm:ss" until `iso`, ticking each second; null once it has passed. */
export function useCountdown(iso: string | null | undefined): string | null {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!iso) return
    const timer = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(timer)
  }, [iso])
  if (!iso) return null
  const left = Math.floor((new Date(iso).getTime() - now) / 1000)
  if (left <= 0) return null
  return `${String(Math.floor(left / 60)).padStart(2, "0")}:${String(left % 60).padStart(2, "0")}`
}

/** The server's reason text is "中文 · English": the viewer's half. */
export const inLocale = (message: string, locale: string) => {
  const [zh, en] = message.split(" · ")
  return locale.startsWith("zh") ? zh : (en ?? zh)
}

/** A time's clock (HH:mm) and day in Shanghai. */
export function clock(iso: string, locale: string) {
  return new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso))
}
export function day(iso: string, locale: string) {
  return new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", month: "short", day: "numeric", weekday: "short" }).format(new Date(iso))
}
