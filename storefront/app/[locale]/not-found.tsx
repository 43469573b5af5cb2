import Link from "next/link"
import { SiteHeader } from "@/components/site-header"
import { messagesFor } from "@/lib/i18n"

/** Not-found pages do not receive params; the message is bilingual. */
export default function NotFound() {
  const zh = messagesFor("zh-CN")
  const en = messagesFor("en")
  return (
    <>
      <SiteHeader locale="zh-CN" path="/" />
      <main className="page">
        <section className="notice">
          <h2>{zh.notFound}</h2>
          <p>{en.notFound}</p>
          <p>
            <Link href="/">{zh.backToList}</Link> · <Link href="/en">{en.backToList}</Link>
          </p>
        </section>
      </main>
    </>
  )
}
