import Link from "next/link"
import { SiteHeader } from "@/components/site-header"
import { messagesFor } from "@/lib/i18n"

/** Not-found pages do not receive params; the message is bilingual, as the site's own. */
export default function BeauticianNotFound() {
  const zh = messagesFor("zh-CN")
  const en = messagesFor("en")
  return (
    <>
      <SiteHeader locale="zh-CN" path="/" />
      <main className="page">
        <section className="notice">
          <h1 lang="zh-CN">{zh.beauticianNotFound}</h1>
          <p lang="zh-CN">{zh.beauticianNotFoundBody}</p>
          <p lang="en">
            <strong>{en.beauticianNotFound}.</strong> {en.beauticianNotFoundBody}
          </p>
          <p>
            <Link href="/" lang="zh-CN">
              {zh.backToList}
            </Link>{" "}
            ·{" "}
            <Link href="/en" lang="en">
              {en.backToList}
            </Link>
          </p>
        </section>
      </main>
    </>
  )
}
