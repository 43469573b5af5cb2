import { useState } from "react"
import { useNotify, useRefresh } from "react-admin"
import type { ApiError } from "../api"

/**
 * One write from a form on a show page: busy while it runs; done, a success
 * notice and the page read again; refused, the `code`'s meaning kept in
 * `error` for the form to show.
 */
export function useSend() {
  const notify = useNotify()
  const refresh = useRefresh()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const send = async (call: () => Promise<unknown>, done: string): Promise<boolean> => {
    setBusy(true)
    setError(null)
    try {
      await call()
      notify(done, { type: "success" })
      refresh()
      return true
    } catch (e) {
      setError((e as ApiError).message)
      return false
    } finally {
      setBusy(false)
    }
  }
  return { busy, error, send }
}
