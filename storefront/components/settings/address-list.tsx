"use client"

import { useRouter } from "next/navigation"
import { useState, useTransition } from "react"
import { removeAddress } from "@/lib/actions/account"
import type { Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { booking } from "@/lib/messages/booking"
import { settings } from "@/lib/messages/settings"
import { textsOf } from "@/lib/texts"

export interface ShownAddress {
  id: string
  line: string
  detail: string
}

/** The addresses kept on the account (the booking page offers them), each removable. */
export function AddressList({ locale, addresses }: { locale: Locale; addresses: ShownAddress[] }) {
  const t = textsOf(locale, booking, settings)
  const router = useRouter()
  const [gone, setGone] = useState<Set<string>>(new Set())
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, startBusy] = useTransition()
  const left = addresses.filter((a) => !gone.has(a.id))

  const remove = (id: string) =>
    startBusy(async () => {
      setSaid(null)
      const done = await removeAddress(id)
      if (!done.ok) return setSaid({ ok: false, text: errorText(locale, done.code) })
      setGone((before) => new Set(before).add(id))
      setSaid({ ok: true, text: t.addressDeleted })
      router.refresh()
    })

  return (
    <section className="panel" aria-labelledby="addresses-title">
      <h2 id="addresses-title">{t.addressesTitle}</h2>
      {left.length === 0 ? (
        <p className="form-hint">{t.noAddresses(t.keepAddress)}</p>
      ) : (
        <ul className="address-list">
          {left.map((a) => (
            <li key={a.id}>
              <span>
                <strong>{a.line}</strong>
                {a.detail && <small>{a.detail}</small>}
              </span>
              <button type="button" className="button button-quiet" onClick={() => remove(a.id)} disabled={busy} aria-label={t.deleteAddressNamed(a.line)}>
                {t.deleteAddress}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role={said && !said.ok ? "alert" : "status"} className={said && !said.ok ? "form-error" : "form-hint"}>
        {said?.text}
      </p>
    </section>
  )
}
