import type { NextRequest } from "next/server"
import { medusa } from "@/lib/api"
import { isLocale, localePath, DEFAULT_LOCALE } from "@/lib/locale"
import { finishSignIn, takeNext } from "@/lib/session"

export const dynamic = "force-dynamic"

/**
 * Where WeChat sends the customer back (`WECHAT_LOGIN_CALLBACK_URL`) with a
 * one-time `code` and our `state`: commerce trades them for a token, the
 * account is made on a first sign-in, and the customer goes on to where they
 * were. Anything else returns to the sign-in page, which says so.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: asked } = await params
  const locale = isLocale(asked) ? asked : DEFAULT_LOCALE
  const code = request.nextUrl.searchParams.get("code")
  const state = request.nextUrl.searchParams.get("state")
  const failed = () => goTo(`${localePath(locale, "/sign-in")}?error=WECHAT_FAILED`)
  if (!code || !state) return failed()
  try {
    const traded = await medusa<{ token: string }>("/auth/customer/wechat/callback", { query: { code, state } })
    if (!traded.ok) return failed()
    const done = await finishSignIn(traded.data.token, {})
    if (!done.ok) return failed()
  } catch (error) {
    console.error((error as Error).message)
    return failed()
  }
  return goTo((await takeNext()) ?? localePath(locale, "/appointments"))
}

/** A redirect by path: `request.url` may name the server `localhost` where the customer came by another address. */
const goTo = (path: string) => new Response(null, { status: 303, headers: { location: path } })
