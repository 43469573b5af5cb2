import { unlessDown } from "@/lib/backend"
import { uploadPhoto } from "@/lib/pro/day"
import { proToken } from "@/lib/pro/session"

export const dynamic = "force-dynamic"

/**
 * A service-record photo from the beautician's camera, passed on to commerce
 * with their token (the browser cannot send it): 201 `{ file }`, or the
 * refusal's `{ code }` with its status.
 */
export async function POST(request: Request) {
  const token = await proToken()
  if (!token) return Response.json({ code: "UNAUTHORIZED" }, { status: 401 })
  const photo = await request.formData().then(
    (form) => form.get("file"),
    () => undefined,
  )
  if (photo === undefined) return Response.json({ code: "INVALID_UPLOAD" }, { status: 400 })
  if (!(photo instanceof File)) return Response.json({ code: "FILE_REQUIRED" }, { status: 400 })
  const stored = await unlessDown(async () => {
    const got = await uploadPhoto(token, photo)
    return got.ok ? { ok: true as const, file: got.data.file } : { ok: false as const, code: got.code, status: got.status }
  })
  if (stored.ok) return Response.json({ file: stored.file }, { status: 201 })
  return Response.json({ code: stored.code }, { status: "status" in stored ? stored.status : 503 })
}
