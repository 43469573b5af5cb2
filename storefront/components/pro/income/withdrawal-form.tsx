"use client"

import { useRouter } from "next/navigation"
import { useState, useTransition } from "react"
import { withdraw } from "@/lib/actions/pro/income"
import type { Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { formatCny } from "@/lib/money"
import { FormStatus } from "../form-status"
import { account } from "@/lib/messages/account"
import { proOffice } from "@/lib/messages/pro-office"
import { textsOf } from "@/lib/texts"

/** Yuan as typed ("150", "150.5") in whole fen, or null when it is no amount. */
const toFen = (typed: string): number | null => {
  const yuan = Number(typed.trim())
  return typed.trim() !== "" && Number.isFinite(yuan) && yuan > 0 ? Math.round(yuan * 100) : null
}

/**
 * Asks to withdraw an amount. The least one withdrawal may be and what is
 * available are said first; the API decides, and a refusal is explained by
 * its code with the figures that matter.
 */
export function WithdrawalForm({ locale, availableFen, minimumFen }: { locale: Locale; availableFen: number; minimumFen: number }) {
  const t = textsOf(locale, account, proOffice)
  const router = useRouter()
  const [amount, setAmount] = useState("")
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, start] = useTransition()
  const yuan = (fen: number) => formatCny(fen / 100, locale)
  return (
    <form
      className="form withdrawal-form"
      onSubmit={(event) => {
        event.preventDefault()
        const fen = toFen(amount)
        if (fen === null) return setSaid({ ok: false, text: t.withdrawNotAnAmount })
        start(async () => {
          setSaid(null)
          const result = await withdraw(fen)
          if (result.ok) {
            setAmount("")
            setSaid({ ok: true, text: t.withdrawRequested(yuan(fen)) })
            router.refresh()
          } else if (result.code === "BELOW_MINIMUM") setSaid({ ok: false, text: t.withdrawBelowMinimum(yuan(minimumFen)) })
          else if (result.code === "INSUFFICIENT_BALANCE") setSaid({ ok: false, text: t.withdrawInsufficient(yuan(result.availableFen ?? availableFen)) })
          else setSaid({ ok: false, text: errorText(locale, result.code) })
        })
      }}
    >
      <label className="field">
        <span>{t.withdrawAmount}</span>
        <span className="input-with-prefix">
          <span aria-hidden>¥</span>
          <input name="amount" inputMode="decimal" autoComplete="off" value={amount} onChange={(e) => setAmount(e.target.value)} aria-describedby="withdraw-rules" />
        </span>
      </label>
      <p id="withdraw-rules" className="form-hint">
        {t.withdrawRules(yuan(minimumFen), yuan(availableFen))}
      </p>
      <div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t.submitting : t.withdrawSubmit}
        </button>
      </div>
      <FormStatus said={said} />
    </form>
  )
}
