import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import multer from "multer"
import { imageKind, MAX_PHOTO_BYTES } from "../lib/images"
import { DomainError, sendDomainError } from "./domain-error"

/** One photo in memory, in the multipart field `file`; any text fields of the form land in `req.body`. */
const photo = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_PHOTO_BYTES, files: 1 } }).single("file")

/** Reads one photo of a multipart upload, refused with a clear 400 when too big, not one file, or unreadable. */
export function onePhoto(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  photo(req as never, res as never, (error?: unknown) => {
    if (!error) return next()
    const code = (error as { code?: string }).code
    if (code === "LIMIT_FILE_SIZE") return sendDomainError(res, new DomainError(400, "FILE_TOO_LARGE", "照片不能超过 10 MB · Photos may be at most 10 MB", "file"))
    if (code === "LIMIT_FILE_COUNT" || code === "LIMIT_UNEXPECTED_FILE") return sendDomainError(res, new DomainError(400, "ONE_FILE", "一次上传一张照片，字段名为 file · One photo at a time, in the field \"file\"", "file"))
    // Anything else the multipart reader refuses is a body it cannot read (cut short, no boundary, too many parts).
    return sendDomainError(res, new DomainError(400, "INVALID_UPLOAD", "无法读取上传内容，请重新选择照片 · The upload could not be read; choose the photo again", "file"))
  })
}

const TYPE_NAMES: Record<string, string> = { "image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WebP", "image/heic": "HEIC" }

/**
 * The photo `onePhoto` read, with its real type: 400 `FILE_REQUIRED` without
 * one, `UNSUPPORTED_FILE` when its bytes are no photo of the `accepted` types
 * (JPEG, PNG, WebP or HEIC unless given).
 */
export function uploadedPhoto(req: MedusaRequest, accepted: readonly string[] = Object.keys(TYPE_NAMES)): { content: Buffer; type: string; extension: string } {
  const file = (req as MedusaRequest & { file?: { buffer: Buffer } }).file
  if (!file) throw new DomainError(400, "FILE_REQUIRED", "请选择一张照片 · Choose a photo to upload", "file")
  const kind = imageKind(file.buffer, accepted)
  if (!kind) {
    const names = accepted.map((type) => TYPE_NAMES[type] ?? type)
    throw new DomainError(400, "UNSUPPORTED_FILE", `只能上传 ${names.join("、")} 照片 · Only ${names.join(", ")} photos`, "file")
  }
  return { content: file.buffer, ...kind }
}
