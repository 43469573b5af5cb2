import { fileFromCommerce } from "@/lib/api"
import { proToken } from "@/lib/pro/session"

export const dynamic = "force-dynamic"

/** The signed-in beautician's statement for a month (YYYY-MM) as CSV, downloaded with the portal session's token. */
export async function GET(_request: Request, { params }: { params: Promise<{ month: string }> }) {
  const { month } = await params
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return new Response(null, { status: 404 })
  const token = await proToken()
  if (!token) return new Response(null, { status: 401 })
  return fileFromCommerce(`/pro/statements/${month}.csv`, token, { contentType: "text/csv; charset=utf-8", filename: `doorstep-earnings-${month}.csv` })
}
