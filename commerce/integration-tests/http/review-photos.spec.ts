import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Client } from "pg"
import { startCms, type RunningCms } from "../helpers/cms"
import { atOn, beauticianToken, bookingDay, completedJob, prepareBooking, settle, type Booking } from "../helpers/booking"

jest.setTimeout(240 * 1000)

/**
 * A customer's photos for a review (C9): uploaded by the signed-in customer
 * into the cms's media library (the real cms, as every photo is stored), and
 * then only that customer's own uploads may go with their review.
 */
let cms: RunningCms

beforeAll(async () => {
  cms = await startCms()
  // Read by medusa-config when commerce starts, after this.
  Object.assign(process.env, { CMS_URL: cms.url, CMS_API_TOKEN: cms.token })
})

afterAll(async () => {
  delete process.env.CMS_URL
  delete process.env.CMS_API_TOKEN
  await cms?.destroy()
})

/** A 1×1 PNG, as small as a photo gets. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64")

/** How many files the cms's media library holds (its own table, read directly: nothing commerce says counts here). */
async function cmsFileCount(): Promise<number> {
  const db = new Client({ connectionString: cms.databaseUrl })
  await db.connect()
  try {
    return Number((await db.query(`select count(*) from files`)).rows[0].count)
  } finally {
    await db.end()
  }
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let booking: Booking
    let commerceUrl: string
    let proToken: string
    const at = atOn(bookingDay())

    beforeAll(async () => {
      commerceUrl = api.defaults.baseURL!.replace(/\/$/, "")
      booking = await prepareBooking(api, getContainer())
      proToken = await beauticianToken(api, getContainer(), booking.beauticianId, "test-every-day@doorstep.local")
    })

    /** A photo sent as a phone's browser sends it: multipart, the name and stated type are the phone's, the bytes decide. */
    const upload = async (content: Buffer, name: string, type: string, token?: string) => {
      const form = new FormData()
      form.append("file", new Blob([new Uint8Array(content)], { type }), name)
      const response = await fetch(`${commerceUrl}/store/uploads`, { method: "POST", headers: booking.store(token).headers, body: form })
      return { status: response.status, data: (await response.json()) as Record<string, any> }
    }
    const uploadRows = async () => Number((await dbConnection.raw(`select count(*) from "media_upload"`)).rows[0].count)
    const review = (id: string, body: Record<string, unknown>, token = booking.customerToken) => settle(api.post(`/store/appointments/${id}/review`, body, booking.store(token)))

    it("stores a signed-in customer's photo in the cms's media library, with a thumbnail, and records it as theirs", async () => {
      const stored = await upload(PNG, "IMG_2041.PNG", "application/octet-stream", booking.customerToken)
      expect(stored.status).toBe(201)
      expect(stored.data.file).toEqual({ url: expect.stringMatching(new RegExp(`^${cms.url}/uploads/review_.+\\.png$`)), thumbnail_url: expect.stringMatching(/^http/), mime: "image/png" })
      // A public URL never names who uploaded it.
      expect(stored.data.file.url).not.toMatch(/cus_/)
      const served = await fetch(stored.data.file.url)
      expect({ status: served.status, type: served.headers.get("content-type") }).toEqual({ status: 200, type: "image/png" })
      const [row] = (await dbConnection.raw(`select "owner_type", "owner_id", "url", "mime", "size_bytes" from "media_upload"`)).rows
      const me = (await api.get("/store/customers/me", booking.store(booking.customerToken))).data.customer
      expect(row).toEqual({ owner_type: "customer", owner_id: me.id, url: stored.data.file.url, mime: "image/png", size_bytes: PNG.length })
    })

    it("refuses anyone not signed in, and a beautician's token, storing nothing", async () => {
      const files = await cmsFileCount()
      expect((await upload(PNG, "a.png", "image/png")).status).toBe(401)
      expect((await upload(PNG, "a.png", "image/png", proToken)).status).toBe(401)
      expect({ rows: await uploadRows(), files: await cmsFileCount() }).toEqual({ rows: 0, files })
    })

    it("refuses what is no browser photo, or too large, by code, storing nothing", async () => {
      const files = await cmsFileCount()
      const refusal = async (content: Buffer, name: string, type: string) => {
        const { status, data } = await upload(content, name, type, booking.customerToken)
        return { status, code: data.code }
      }
      const svg = Buffer.from("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>")
      expect(await refusal(svg, "photo.jpg", "image/jpeg")).toEqual({ status: 400, code: "UNSUPPORTED_FILE" })
      // HEIC is a photo, but Chrome and Firefox cannot show it to the other customers who read the review.
      const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from("ftypheic0000mif1heic", "latin1")])
      expect(await refusal(heic, "IMG_0001.HEIC", "image/heic")).toEqual({ status: 400, code: "UNSUPPORTED_FILE" })
      const huge = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(10 * 1024 * 1024)])
      expect(await refusal(huge, "big.jpg", "image/jpeg")).toEqual({ status: 400, code: "FILE_TOO_LARGE" })
      const empty = await fetch(`${commerceUrl}/store/uploads`, { method: "POST", headers: booking.store(booking.customerToken).headers, body: new FormData() })
      expect({ status: empty.status, code: ((await empty.json()) as { code: string }).code }).toEqual({ status: 400, code: "FILE_REQUIRED" })
      expect({ rows: await uploadRows(), files: await cmsFileCount() }).toEqual({ rows: 0, files })
    })

    it("takes only the reviewer's own uploads with a review, shows them with thumbnails, and refuses someone else's, writing nothing", async () => {
      const visit = await completedJob(api, getContainer(), booking, proToken, at("11:00:00"))
      const other = await booking.signIn("photo-stranger@doorstep.local", "stranger-password-1", true)
      const theirs = (await upload(PNG, "theirs.png", "image/png", other)).data.file
      const mine = (await upload(PNG, "mine.png", "image/png", booking.customerToken)).data.file

      const refused = await review(visit, { rating: 5, text: "很好", photos: [mine.url, theirs.url] })
      expect({ status: refused.status, code: refused.data.code, photos: refused.data.photos }).toEqual({ status: 400, code: "PHOTO_NOT_YOURS", photos: [theirs.url] })
      expect((await settle(api.get(`/store/appointments/${visit}/review`, booking.store(booking.customerToken)))).data.code).toBe("REVIEW_NOT_FOUND")
      expect((await api.get(`/store/beauticians/${booking.beauticianId}/reviews`, booking.store())).data.reviews).toEqual([])

      const posted = await review(visit, { rating: 5, text: "很好", photos: [mine.url] })
      expect(posted.status).toBe(201)
      const photos = [{ url: mine.url, thumbnail_url: mine.thumbnail_url }]
      expect(posted.data.review.photos).toEqual(photos)
      expect((await api.get(`/store/appointments/${visit}/review`, booking.store(booking.customerToken))).data.review).toMatchObject({ photos, hidden: false })
      const [shown] = (await api.get(`/store/beauticians/${booking.beauticianId}/reviews`, booking.store())).data.reviews
      expect(shown).toMatchObject({ rating: 5, text: "很好", photos })
    })
  },
})
