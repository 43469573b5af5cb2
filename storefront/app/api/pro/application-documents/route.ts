import { proToken } from "@/lib/pro/session"
import { relayUpload } from "@/lib/upload-relay"

export const dynamic = "force-dynamic"

/**
 * An applicant's ID or certificate photo (multipart `file` and `kind`), to
 * commerce's `/pro/application/documents`, which keeps it privately and
 * answers its id. Nothing of the photo stays here.
 */
export async function POST(request: Request) {
  return relayUpload(request, "/pro/application/documents", await proToken())
}
