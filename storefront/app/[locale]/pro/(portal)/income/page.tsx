import { notFound } from "next/navigation"
import { JobEarningsList } from "@/components/pro/income/job-earnings-list"
import { PERIODS, PerformanceFigures } from "@/components/pro/income/performance-figures"
import { StatementLinks } from "@/components/pro/income/statement-links"
import { WithdrawalForm } from "@/components/pro/income/withdrawal-form"
import { WithdrawalHistory } from "@/components/pro/income/withdrawal-history"
import { ProHeader } from "@/components/pro/pro-header"
import { ProUnavailable } from "@/components/pro/pro-unavailable"
import { unlessUnavailable } from "@/lib/backend"
import { messagesFor } from "@/lib/i18n"
import { isLocale } from "@/lib/locale"
import { formatCny } from "@/lib/money"
import { earnings, performance, withdrawals } from "@/lib/pro/income"
import { proTitle } from "@/lib/pro/metadata"
import { dataOrSignIn } from "@/lib/pro/page-data"
import { signedInBeautician } from "@/lib/pro/session"
import { servicesByVariant } from "@/lib/visit"
import "@/styles/pro-office.css"

export const dynamic = "force-dynamic"

export const generateMetadata = proTitle((t) => t.incomeTitle)

/**
 * What the beautician has earned: the balance and what may be withdrawn now,
 * a withdrawal and every one asked for, each job's gross, commission and net,
 * monthly statements to download, and how they have done.
 */
export default async function IncomePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ days?: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const asked = Number((await searchParams).days)
  const days = (PERIODS as readonly number[]).includes(asked) ? asked : PERIODS[0]
  const path = days === PERIODS[0] ? "/pro/income" : `/pro/income?days=${days}`
  const signedIn = await unlessUnavailable(signedInBeautician(locale, path))
  if (!signedIn) return <ProUnavailable locale={locale} path={path} />
  const { token } = signedIn
  const loaded = await unlessUnavailable(Promise.all([earnings(token), withdrawals(token), performance(token, days), servicesByVariant(locale)]))
  if (!loaded) return <ProUnavailable locale={locale} path={path} />
  const [mine, money, figures] = dataOrSignIn(locale, path, [loaded[0], loaded[1], loaded[2]] as const)
  const services = loaded[3]
  const t = messagesFor(locale)
  const yuan = (fen: number) => formatCny(fen / 100, locale)
  return (
    <>
      <ProHeader locale={locale} path={path} />
      <main className="page pro-page income-page">
        <h1>{t.incomeTitle}</h1>
        <section className="panel" aria-labelledby="balance-title">
          <h2 id="balance-title">{t.incomeBalanceTitle}</h2>
          <dl className="figure-grid balance-figures">
            <div>
              <dt>{t.incomeBalance}</dt>
              <dd data-testid="balance">{yuan(mine.balance_fen)}</dd>
            </div>
            <div>
              <dt>{t.incomeAvailable}</dt>
              <dd data-testid="available">{yuan(money.available_fen)}</dd>
            </div>
          </dl>
          <p className="form-hint">{t.incomeAvailableHint}</p>
          <WithdrawalForm locale={locale} availableFen={money.available_fen} minimumFen={money.minimum_fen} />
          <WithdrawalHistory locale={locale} withdrawals={money.withdrawals} />
        </section>
        <JobEarningsList locale={locale} jobs={mine.jobs} serviceOf={(variantId) => (variantId ? (services.get(variantId)?.title ?? null) : null)} />
        <StatementLinks locale={locale} />
        <PerformanceFigures locale={locale} performance={figures.performance} />
      </main>
    </>
  )
}
