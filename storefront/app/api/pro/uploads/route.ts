import { proToken } from "@/lib/pro/session"
import { relayUpload } from "@/lib/upload-relay"

export const dynamic = "force-dynamic"

/** A beautician's photo from the phone's camera or album (`?purpose=job|profile`), to commerce's `/pro/uploads`. */
export async function POST(request: Request) {
  const purpose = new URL(request.url).searchParams.get("purpose") === "profile" ? "profile" : "job"
  return relayUpload(request, `/pro/uploads?purpose=${purpose}`, await proToken())
}
