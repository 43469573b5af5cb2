import { authenticate, defineMiddlewares, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import multer from "multer"
import { DomainError, sendDomainError } from "@doorstep/appointments/api/domain-error"
import { validate } from "@doorstep/appointments/api/validation"
import { MAX_PHOTO_BYTES } from "../lib/images"
import { ProfileChangeBody, ProfileQuery } from "./pro/profile/validators"
import { UploadQuery } from "./pro/uploads/validators"
import { SearchQuery } from "./store/search/validators"

const backOffice = authenticate("user", ["bearer", "session"])
const beautician = authenticate("beautician", ["bearer"])
const customer = authenticate("customer", ["bearer", "session"])

/** One photo in memory, refused with a clear 400 when too big or not one file. */
const photo = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_PHOTO_BYTES, files: 1 } }).single("file")
function onePhoto(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  photo(req as never, res as never, (error?: unknown) => {
    if (!error) return next()
    const code = (error as { code?: string }).code
    if (code === "LIMIT_FILE_SIZE") return sendDomainError(res, new DomainError(400, "FILE_TOO_LARGE", "照片不能超过 10 MB · Photos may be at most 10 MB", "file"))
    if (code === "LIMIT_FILE_COUNT" || code === "LIMIT_UNEXPECTED_FILE") return sendDomainError(res, new DomainError(400, "ONE_FILE", "一次上传一张照片，字段名为 file · One photo at a time, in the field \"file\"", "file"))
    // Anything else the multipart reader refuses is a body it cannot read (cut short, no boundary, too many parts).
    return sendDomainError(res, new DomainError(400, "INVALID_UPLOAD", "无法读取上传内容，请重新选择照片 · The upload could not be read; choose the photo again", "file"))
  })
}

export default defineMiddlewares({
  routes: [
    // The signature covers the exact bytes the cms sent.
    { matcher: "/hooks/cms", methods: ["POST"], bodyParser: { preserveRawBody: true } },
    { matcher: "/admin/content*", middlewares: [backOffice] },
    { matcher: "/pro/uploads", methods: ["POST"], middlewares: [beautician, validate("query", UploadQuery), onePhoto] },
    { matcher: "/store/uploads", methods: ["POST"], middlewares: [customer, onePhoto] },
    { matcher: "/pro/profile", methods: ["GET"], middlewares: [beautician, validate("query", ProfileQuery)] },
    { matcher: "/pro/profile", methods: ["POST"], middlewares: [beautician, validate("body", ProfileChangeBody)] },
    { matcher: "/store/search", methods: ["GET"], middlewares: [validate("query", SearchQuery)] },
  ],
})
