import { z } from "zod"
import { defineOperations } from "@doorstep/appointments/api/openapi"
import { LOCALES } from "../lib/indexed-types"
import { CmsEventBody } from "./hooks/cms/validators"
import { ProfileChangeBody, ProfileQuery } from "./pro/profile/validators"
import { UploadQuery } from "./pro/uploads/validators"
import { SearchQuery } from "./store/search/validators"
import { SEARCH_FACETS } from "../lib/search/port"

/** An image as a listing shows it: the small rendition when the cms made one. */
const Picture = z
  .object({ url: z.string(), thumbnail_url: z.string(), alt: z.string().nullable() })
  .meta({ id: "ContentPicture" })

/** One photo, as a phone sends it. */
const PhotoBody = z.object({ file: z.string().meta({ format: "binary", description: "The photo" }) })
const StoredPhoto = z.object({
  url: z.string().meta({ example: "https://media.example.cn/uploads/review_3f9a1c0b7d2e_5a1b2c.jpg" }),
  thumbnail_url: z.string().meta({ description: "The small rendition when the cms made one, else the photo itself" }),
})
const PHOTO_REFUSALS = ["FILE_REQUIRED", "FILE_TOO_LARGE", "ONE_FILE", "UNSUPPORTED_FILE", "INVALID_UPLOAD"]

const score = z.number().meta({ description: "How well it matches, higher first", example: 1.284 })

const ServiceResult = z.object({
  type: z.literal("service"),
  title: z.string(),
  score,
  handle: z.string().meta({ description: "The product's handle" }),
  product_id: z.string(),
  merchant_handle: z.string().nullable(),
  subtitle: z.string().nullable(),
  image: Picture.nullable(),
  category: z.string().nullable().meta({ description: "The category's handle" }),
  price_min: z.number().int().nullable().meta({ description: "The cheapest option, in fen" }),
  price_max: z.number().int().nullable().meta({ description: "The dearest option, in fen" }),
  duration_minutes: z.array(z.number().int()).meta({ description: "The options' lengths, shortest first" }),
})
const BeauticianResult = z.object({
  type: z.literal("beautician"),
  title: z.string().meta({ description: "The beautician's display name" }),
  score,
  beautician_id: z.string(),
  merchant_handle: z.string().nullable(),
  avatar: Picture.nullable(),
  specialties: z.array(z.string()),
  rating: z.number().nullable(),
  review_count: z.number().int(),
  districts: z.array(z.string()).meta({ description: "Where they serve, home district first" }),
  certifications: z.array(z.string()).meta({ description: "Skills certified by a passed exam, still valid" }),
  distance_m: z.number().int().nullable().meta({ description: "From `near`, in metres, when asked" }),
})
const ArticleResult = z.object({
  type: z.literal("article"),
  title: z.string(),
  score,
  slug: z.string(),
  summary: z.string().nullable(),
  cover: Picture.nullable(),
})

const ProfilePhoto = z.object({ url: z.string(), thumbnail_url: z.string() }).meta({ id: "ProfilePhoto" })
const ProfileVersion = z
  .object({
    display_name: z.string().nullable(),
    bio: z.string().meta({ description: "Plain text, a paragraph a line" }),
    specialties: z.array(z.string()),
    avatar: ProfilePhoto.nullable(),
    gallery: z.array(ProfilePhoto),
    updated_at: z.string().meta({ description: "When this version was last saved (ISO 8601)" }),
  })
  .meta({ id: "ProfileVersion" })
const OwnProfile = z.object({
  profile: z
    .object({
      document_id: z.string().nullable().meta({ description: "The cms document; null before the beautician has a profile" }),
      locale: z.enum(LOCALES),
      live: ProfileVersion.nullable().meta({ description: "What the public sees; null before the first publish" }),
      pending: ProfileVersion.nullable().meta({ description: "The change waiting for the content reviewer (the draft, when it differs from what is live); null when none" }),
    })
    .meta({ id: "OwnProfile" }),
})

export const operations = defineOperations({
  "POST /admin/content/reconcile": {
    summary: "Reconcile commerce with the cms now",
    description:
      "Runs the reconciliation that otherwise runs every five minutes and answers what it repaired: every beautician gets a draft profile naming their studio and linked to them, and the search index becomes exactly what the cms publishes. 409 `RECONCILING` while another run holds the lock; 503 when no cms is configured or it cannot be read.",
    auth: "staff",
    responses: {
      200: z.object({
        reconciliation: z.object({
          profiles_created: z.number().int().meta({ description: "Draft profiles made for beauticians who had none" }),
          profiles_repaired: z.number().int().meta({ description: "Profiles whose studio was brought in step, or whose link commerce had lost" }),
          orphaned_profiles: z.array(z.string()).meta({ description: "Document ids of profiles of beauticians commerce does not know: left for editors, never indexed" }),
          indexed: z.number().int(),
          unindexed: z.number().int(),
        }),
      }),
    },
    errors: { 409: ["RECONCILING"], 503: ["CMS_NOT_CONFIGURED", "CMS_UNAVAILABLE"] },
  },
  "POST /hooks/cms": {
    summary: "The cms's notice that an entry was published, unpublished or deleted",
    description:
      "Signed by the cms: `x-doorstep-signature: sha256=<hex HMAC-SHA256(secret, timestamp + \".\" + raw body)>` with `x-doorstep-timestamp` (unix seconds) within five minutes. Then commerce re-reads the entry from the cms, whatever the event said (late, repeated or reordered webhooks end in the same state), and brings its index and beautician links in step; `refreshed` tells, per locale, what became of it. 401 for anything unsigned, stale or forged, with nothing changed; 503 while the cms cannot be read, so it sends the webhook again.",
    auth: "signature",
    body: CmsEventBody,
    example: { event: "entry.publish", model: "beautician-profile", documentId: "k3xq9v2m1p0z8w7y6t5r4s3a", locale: "zh-CN" },
    responses: {
      200: z.object({
        received: z.literal(true),
        refreshed: z
          .record(z.string(), z.enum(["indexed", "unindexed", "not indexed"]))
          .meta({ description: `Per locale (${LOCALES.join(", ")}); empty for a model commerce does not index`, example: { "zh-CN": "indexed", en: "not indexed" } }),
      }),
    },
    errors: { 400: ["INVALID_WEBHOOK"], 401: ["UNSIGNED_WEBHOOK", "STALE_WEBHOOK", "INVALID_SIGNATURE"], 503: ["CMS_NOT_CONFIGURED", "CMS_UNAVAILABLE"] },
  },
  "GET /pro/profile": {
    summary: "The beautician's profile: live, and the change waiting for review",
    description: "Read from the cms in one language (`?locale=zh-CN|en`, zh-CN unless given): the published version the public sees, and the draft when it differs from it.",
    auth: "beautician",
    query: ProfileQuery,
    responses: { 200: OwnProfile },
    errors: { 503: ["CMS_UNAVAILABLE"] },
  },
  "POST /pro/profile": {
    summary: "Change the profile's bio, specialties and photos, for review",
    description:
      "Written to the cms as the draft of the beautician's profile in that language; the content reviewer publishes it (until then the public sees the live version). Photos are URLs from `POST /pro/uploads?purpose=profile` (or ones already on the profile); any other is 400 `UNKNOWN_PHOTO`. Nothing is written on refusal. Answers the profile as `GET /pro/profile` does.",
    auth: "beautician",
    body: ProfileChangeBody,
    example: { locale: "zh-CN", bio: "十年皮肤管理经验，擅长敏感肌护理。", specialties: ["敏感肌护理", "日式头疗"], avatar_url: "https://media.example.cn/uploads/profile_bea_01.jpg", gallery_urls: [] },
    responses: { 200: OwnProfile },
    errors: { 400: ["UNKNOWN_PHOTO"], 404: ["BEAUTICIAN_NOT_FOUND"], 503: ["CMS_UNAVAILABLE"] },
  },
  "POST /pro/uploads": {
    summary: "Upload a photo for a service record or the profile",
    description:
      "Multipart, one field `file`: JPEG, PNG, WebP or HEIC up to 10 MB, known by its bytes (the type the phone claims counts for nothing). Stored where all media are (the cms's upload, local or S3, with smaller renditions); put `url` in the job's `photos_before`/`photos_after`, or (`?purpose=profile`) in the profile's photos.",
    auth: "beautician",
    query: UploadQuery,
    body: PhotoBody,
    bodyMediaType: "multipart/form-data",
    example: { file: "(the photo's bytes)" },
    responses: { 201: z.object({ file: StoredPhoto.extend({ mime: z.enum(["image/jpeg", "image/png", "image/webp", "image/heic"]) }) }) },
    errors: { 400: PHOTO_REFUSALS, 503: ["CMS_UNAVAILABLE"] },
  },
  "POST /store/uploads": {
    summary: "Upload a photo for a review",
    description:
      "The signed-in customer's photo, multipart, one field `file`: JPEG, PNG or WebP up to 10 MB (what every browser can show), known by its bytes. Stored in the cms's media library like every photo and recorded as the customer's: only they can put its `url` in a review (`POST /store/appointments/{id}/review`). A refused file (400 with its `code`) leaves nothing stored.",
    auth: "customer",
    body: PhotoBody,
    bodyMediaType: "multipart/form-data",
    example: { file: "(the photo's bytes)" },
    responses: { 201: z.object({ file: StoredPhoto.extend({ mime: z.enum(["image/jpeg", "image/png", "image/webp"]) }) }) },
    errors: { 400: PHOTO_REFUSALS, 503: ["CMS_UNAVAILABLE"] },
  },
  "GET /store/search": {
    summary: "Search services, beauticians and articles",
    description:
      "Matches the published cms content in the language asked for (`?locale=zh-CN|en`, or `x-medusa-locale`; zh-CN unless given): a part of a word finds the whole (Chinese too), synonyms find each other (按摩/推拿, 美发/理发…), English typos are forgiven. Best first, or by `sort` (rating, price, distance from `near`); `limit` results (20 unless given, at most 50) from `offset`, of one `type` or all, narrowed by the filters; `count` is how many matched and `facets` counts them per value. Meilisearch answers when commerce runs with MEILISEARCH_HOST, PostgreSQL otherwise: the same contract. Only what can be booked or read is shown: services whose product is published, beauticians who are active at a studio taking bookings.",
    auth: "public",
    // Medusa takes `locale` off a store route's query (into the request's locale) before the route validates the rest.
    query: SearchQuery.extend({ locale: z.enum(LOCALES).optional().meta({ description: "zh-CN (the default) or en; the `x-medusa-locale` header says the same. Anything else is 400 `INVALID_LOCALE`" }) }),
    responses: {
      200: z.object({
        query: z.string(),
        locale: z.enum(LOCALES),
        engine: z.enum(["postgres", "meilisearch"]),
        results: z.array(z.discriminatedUnion("type", [ServiceResult, BeauticianResult, ArticleResult]).meta({ id: "SearchResult" })),
        count: z.number().int().meta({ description: "How many matched in all, pages beyond this one included" }),
        offset: z.number().int(),
        limit: z.number().int(),
        facets: z.partialRecord(z.enum(SEARCH_FACETS), z.record(z.string(), z.number().int())).meta({ description: "Per facet asked: value → how many matches have it" }),
      }),
    },
    errors: { 400: ["INVALID_LOCALE", "INVALID_COORDINATES", "NEAR_REQUIRED"] },
  },
})
