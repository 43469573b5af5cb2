import { sessionToken } from "@/lib/session"
import { relayUpload } from "@/lib/upload-relay"

export const dynamic = "force-dynamic"

/** POST a review photo (multipart, one `file`) as the signed-in customer, to commerce's `POST /store/uploads`. */
export async function POST(request: Request) {
  return relayUpload(request, "/store/uploads", await sessionToken())
}
