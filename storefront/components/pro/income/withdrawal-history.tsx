import { messagesFor } from "@/lib/i18n"
import type { Locale } from "@/lib/locale"
import { formatCny } from "@/lib/money"
import type { Withdrawal } from "@/lib/pro/income"
import { formatWhen } from "@/lib/clock"

const BADGE: Record<string, string> = { requested: "badge-wait", approved: "badge-wait", paying: "badge-wait", paid: "badge-good", rejected: "badge-off" }

/** Every withdrawal asked for, newest first: its amount, where it stands, and why one was turned down. */
export function WithdrawalHistory({ locale, withdrawals }: { locale: Locale; withdrawals: Withdrawal[] }) {
  const t = messagesFor(locale)
  return (
    <section aria-labelledby="withdrawals-title">
      <h3 id="withdrawals-title" className="subsection-title">
        {t.withdrawalsTitle}
      </h3>
      {withdrawals.length === 0 ? (
        <p className="empty">{t.withdrawalsNone}</p>
      ) : (
        <ul className="money-list">
          {withdrawals.map((w) => (
            <li key={w.id} data-testid="withdrawal">
              <p className="money-list-head">
                <strong>{formatCny(w.amount_fen / 100, locale)}</strong>
                <span>{formatWhen(w.created_at, locale)}</span>
                <span className={`badge ${BADGE[w.status] ?? "badge-off"}`}>{t.withdrawalStatus[w.status] ?? w.status}</span>
              </p>
              {w.status === "rejected" && w.reason && <p className="form-hint">{t.withdrawalRejectedBecause(w.reason)}</p>}
              {w.status === "paid" && w.transfer_reference && <p className="form-hint">{t.withdrawalReference(w.transfer_reference)}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
