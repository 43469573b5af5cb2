import { notFound, redirect } from "next/navigation"
import { SiteHeader } from "@/components/site-header"
import { rememberedCheckout } from "@/lib/checkout"
import { messagesFor } from "@/lib/i18n"
import { isLocale, localePath } from "@/lib/locale"

export const dynamic = "force-dynamic"

/**
 * Where Alipay's cashier sends the payer back (`ALIPAY_RETURN_URL`): on to the
 * appointment being paid, whose page follows the payment's notification.
 */
export default async function CheckoutReturnPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const remembered = await rememberedCheckout()
  // The return address names no language: the one the customer paid in decides.
  if (remembered) redirect(`${localePath(remembered.locale, `/appointments/${remembered.appointmentId}`)}?paid=1`)
  const t = messagesFor(locale)
  return (
    <>
      <SiteHeader locale={locale} path="/checkout/return" />
      <main className="page narrow-page">
        <section className="notice">
          <h1>{t.returnedTitle}</h1>
          <p>{t.returnedBody}</p>
          <a className="button" href={localePath(locale, "/appointments")}>
            {t.myAppointments}
          </a>
        </section>
      </main>
    </>
  )
}
