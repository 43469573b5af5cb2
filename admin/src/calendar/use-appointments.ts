import { useEffect, useState } from "react"
import { useDataProvider } from "react-admin"
import type { Schemas } from "../api"

export type Row = Schemas["StaffAppointmentRow"]

export interface Range {
  /** Local dates, both included. */
  from: string
  to: string
  beauticianId: string | null
  statuses: readonly string[]
  studio: string | null
}

const PAGE = 100

/** Every appointment in the range (the route pages by 100: read them all), soonest first; refreshed when the range changes. */
export function useAppointmentsIn(range: Range) {
  const dataProvider = useDataProvider()
  const [state, setState] = useState<{ rows: Row[]; loading: boolean; error: string | null }>({ rows: [], loading: true, error: null })
  const key = JSON.stringify(range)
  useEffect(() => {
    let live = true
    setState((s) => ({ ...s, loading: true, error: null }))
    const filter = {
      from: range.from,
      to: range.to,
      status: range.statuses.join(","),
      ...(range.beauticianId ? { beautician_id: range.beauticianId } : {}),
      ...(range.studio ? { merchant_handle: range.studio } : {}),
    }
    ;(async () => {
      const rows: Row[] = []
      for (let page = 1; ; page++) {
        const { data, total } = await dataProvider.getList<Row & { id: string }>("appointments", { filter, pagination: { page, perPage: PAGE }, sort: { field: "starts_at", order: "ASC" } })
        rows.push(...data)
        if (data.length < PAGE || rows.length >= (total ?? 0)) break
      }
      return rows
    })()
      .then((rows) => live && setState({ rows, loading: false, error: null }))
      .catch((e: Error) => live && setState({ rows: [], loading: false, error: e.message }))
    return () => {
      live = false
    }
    // The range's value, not its identity, decides a new read.
  }, [key, dataProvider])
  return state
}
