"use client"

import { useRouter } from "next/navigation"
import { useEffect, useRef, useState, useTransition, type FormEvent, type ReactNode } from "react"
import { countSearchResults } from "@/lib/actions/search"
import type { Locale } from "@/lib/locale"
import { discover } from "@/lib/messages/discover"
import { textsOf } from "@/lib/texts"

/** Wide screens show the filters beside the results and apply each choice at once; phones choose in a sheet, then apply. */
const WIDE = "(min-width: 900px)"

/** The form's choices as a query, without the empty ones (`?q=美甲&category=nails`, not `&min_price=&district=`). */
function queryOf(form: HTMLFormElement): string {
  const query = new URLSearchParams()
  for (const [name, value] of new FormData(form)) if (typeof value === "string" && value.trim()) query.set(name, value.trim())
  return query.toString()
}

/**
 * The filters' form. A plain GET form to the search page (it works before any
 * script runs); once scripts run, empty fields stay out of the URL, a wide
 * screen applies each choice at once, and on a phone the sheet's button says
 * how many results the choices would show before they are applied.
 */
export function FilterForm({ locale, action, count, clearHref, sheetId, children }: { locale: Locale; action: string; count: number; clearHref: string; sheetId: string; children: ReactNode }) {
  const t = textsOf(locale, discover)
  const router = useRouter()
  const form = useRef<HTMLFormElement>(null)
  const [shown, setShown] = useState(count)
  const [, startTransition] = useTransition()

  // A phone turned (or a window widened) past the breakpoint shows the filters in the column: the open sheet closes.
  useEffect(() => {
    const wide = window.matchMedia(WIDE)
    const closeSheet = () => {
      const sheet = document.getElementById(sheetId)
      if (wide.matches && sheet?.matches(":popover-open")) sheet.hidePopover()
    }
    wide.addEventListener("change", closeSheet)
    return () => wide.removeEventListener("change", closeSheet)
  }, [sheetId])

  const apply = (event?: FormEvent) => {
    event?.preventDefault()
    if (!form.current) return
    const sheet = document.getElementById(sheetId)
    if (sheet?.matches(":popover-open")) sheet.hidePopover()
    router.push(`${action}?${queryOf(form.current)}`)
  }

  // A chip applies (or recounts) when chosen; a price once the customer leaves the field, not at every digit.
  const changed = (field: EventTarget, on: "change" | "blur") => {
    if (!form.current || !(field instanceof HTMLInputElement) || field.type !== (on === "change" ? "radio" : "number")) return
    if (on === "change" && window.matchMedia(WIDE).matches) return apply()
    const query = queryOf(form.current)
    startTransition(async () => {
      const n = await countSearchResults(locale, query)
      if (n !== null) setShown(n)
    })
  }

  return (
    <form
      ref={form}
      action={action}
      method="get"
      className="search-filter-form"
      onSubmit={apply}
      onChange={(event) => changed(event.target, "change")}
      onBlur={(event) => changed(event.target, "blur")}
    >
      {children}
      <div className="search-sheet-actions">
        <a href={clearHref} className="button button-quiet">
          {t.searchClear}
        </a>
        <button type="submit" className="button" aria-live="polite">
          {t.searchShowResults(shown)}
        </button>
      </div>
    </form>
  )
}
