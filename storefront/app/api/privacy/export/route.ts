import { fileFromCommerce } from "@/lib/api"
import { sessionToken } from "@/lib/session"

export const dynamic = "force-dynamic"

/** The signed-in customer's data as a file: commerce's export, downloaded with the session's token. */
export async function GET() {
  const token = await sessionToken()
  if (!token) return new Response(null, { status: 401 })
  return fileFromCommerce("/store/privacy/export", token, { contentType: "application/json; charset=utf-8", filename: "doorstep-export.json" })
}
