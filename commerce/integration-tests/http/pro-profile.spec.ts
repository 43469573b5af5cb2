import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { forgetCms, pointCommerceAt, startCms, type RunningCms } from "../helpers/cms"
import { beauticianToken, prepareBooking, settle, type Booking } from "../helpers/booking"

jest.setTimeout(240 * 1000)

/**
 * A beautician edits their profile in the portal (issue 17, B1) against the
 * real cms: the change becomes a draft for the content reviewer, the public
 * keeps reading what was published until the reviewer publishes it.
 */
let cms: RunningCms

beforeAll(async () => {
  cms = await startCms()
  pointCommerceAt(cms)
})

afterAll(async () => {
  forgetCms()
  await cms?.destroy()
})

/** What anyone reading the cms's public API sees of the beautician. */
async function publicProfile(beauticianId: string, locale = "zh-CN") {
  const answer = await fetch(`${cms.url}/api/beautician-profiles?locale=${locale}&filters[beautician_id][$eq]=${beauticianId}&populate[0]=avatar`)
  return ((await answer.json()) as { data: Array<Record<string, any>> }).data[0]
}

/** The demo content reviewer publishing in the cms's admin panel API. */
async function publishAsReviewer(documentId: string) {
  const login = await fetch(`${cms.url}/admin/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "reviewer@doorstep.local", password: "Doorstep2026!" }),
  })
  const { token } = ((await login.json()) as { data: { token: string } }).data
  const answer = await fetch(`${cms.url}/content-manager/collection-types/api::beautician-profile.beautician-profile/${documentId}/actions/publish?locale=zh-CN`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: "{}",
  })
  expect(answer.status).toBe(200)
}

const bioOf = (entry: { bio?: Array<{ children: Array<{ text: string }> }> } | undefined) => (entry?.bio ?? []).map((block) => block.children.map((leaf) => leaf.text).join("")).join("\n")
const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64")

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let booking: Booking
    let proToken: string
    let commerceUrl: string
    const pro = (token = proToken) => ({ headers: { authorization: `Bearer ${token}` } })
    const save = (body: Record<string, unknown>, token = proToken) => settle(api.post("/pro/profile", body, pro(token)))
    const read = async (locale = "zh-CN") => (await api.get(`/pro/profile?locale=${locale}`, pro())).data.profile
    async function upload(token = proToken) {
      const form = new FormData()
      form.append("file", new Blob([new Uint8Array(png)], { type: "image/png" }), "portrait.png")
      const answer = await fetch(`${commerceUrl}/pro/uploads?purpose=profile`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form })
      expect(answer.status).toBe(201)
      return ((await answer.json()) as { file: { url: string } }).file.url
    }

    beforeAll(async () => {
      commerceUrl = api.defaults.baseURL!.replace(/\/$/, "")
      booking = await prepareBooking(api, getContainer())
      proToken = await beauticianToken(api, getContainer(), booking.beauticianId, "test-every-day@doorstep.local")
    })

    it("sends the change to the reviewer as a draft: the page shows it pending beside the live profile, the public still reads the old one", async () => {
      // The first change of a beautician without a profile makes one; the studio's reviewer publishes it.
      const first = await save({ bio: "五年推拿经验。", specialties: ["肩颈放松"], avatar_url: null, gallery_urls: [] })
      expect(first.status).toBe(200)
      expect(first.data.profile).toMatchObject({ locale: "zh-CN", live: null, pending: { bio: "五年推拿经验。", specialties: ["肩颈放松"], display_name: "测试美容师" } })
      await publishAsReviewer(first.data.profile.document_id)
      expect(await read()).toMatchObject({ live: { bio: "五年推拿经验。" }, pending: null })

      const portrait = await upload()
      expect(portrait).toMatch(/\/uploads\/profile_/)
      const changed = await save({ bio: "八年推拿经验。\n擅长运动后放松。", specialties: ["肩颈放松", "运动恢复"], avatar_url: portrait, gallery_urls: [] })
      expect(changed.status).toBe(200)
      expect(changed.data.profile).toMatchObject({
        live: { bio: "五年推拿经验。", specialties: ["肩颈放松"], avatar: null },
        pending: { bio: "八年推拿经验。\n擅长运动后放松。", specialties: ["肩颈放松", "运动恢复"], avatar: { url: portrait } },
      })
      expect(await read()).toEqual(changed.data.profile)
      const seen = await publicProfile(booking.beauticianId)
      expect(bioOf(seen)).toBe("五年推拿经验。")
      expect(seen.avatar).toBeNull()

      await publishAsReviewer(changed.data.profile.document_id)
      expect(await read()).toMatchObject({ live: { bio: "八年推拿经验。\n擅长运动后放松。", avatar: { url: portrait } }, pending: null })
      expect(bioOf(await publicProfile(booking.beauticianId))).toBe("八年推拿经验。\n擅长运动后放松。")
    })

    it("keeps each language apart: an English change leaves the Chinese profile alone", async () => {
      const before = await read()
      const english = await save({ locale: "en", bio: "Eight years of tuina.", specialties: ["Neck and shoulders"], avatar_url: before.live.avatar?.url ?? null, gallery_urls: [] })
      expect(english.status).toBe(200)
      expect(english.data.profile).toMatchObject({ locale: "en", live: null, pending: { bio: "Eight years of tuina." } })
      expect(await read()).toEqual(before)
    })

    it("refuses another beautician's photo, or bad input, and writes nothing", async () => {
      const [colleague] = await getContainer()
        .resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
        .createBeauticians([
          { handle: "test-profile-colleague", merchant_handle: "jingan-lumiere", display_name: "同事", email: "test-profile-colleague@doorstep.local", phone: "+8613900000012", status: "active", timezone: "Asia/Shanghai", home_lat: 31.23, home_lng: 121.47, service_radius_km: 10, skill_product_ids: [] },
        ])
      const theirToken = await beauticianToken(api, getContainer(), colleague.id, "test-profile-colleague@doorstep.local")
      const theirPhoto = await upload(theirToken)
      const before = await read()
      const cases: Array<[string, Record<string, unknown>, string, string]> = [
        ["someone else's photo", { bio: "x", specialties: [], avatar_url: theirPhoto, gallery_urls: [] }, "UNKNOWN_PHOTO", "avatar"],
        ["a photo from elsewhere", { bio: "x", specialties: [], avatar_url: null, gallery_urls: ["https://example.com/a.jpg"] }, "UNKNOWN_PHOTO", "gallery"],
        ["a name change", { bio: "x", specialties: [], avatar_url: null, gallery_urls: [], display_name: "改名" }, "INVALID_INPUT", "display_name"],
        ["a bio too long", { bio: "长".repeat(1001), specialties: [], avatar_url: null, gallery_urls: [] }, "INVALID_INPUT", "bio"],
        ["nine specialties", { bio: "x", specialties: Array.from({ length: 9 }, (_, i) => `技能${i}`), avatar_url: null, gallery_urls: [] }, "INVALID_INPUT", "specialties"],
        ["a repeated specialty", { bio: "x", specialties: ["推拿", "推拿"], avatar_url: null, gallery_urls: [] }, "INVALID_INPUT", "specialties"],
        ["an unknown language", { locale: "fr", bio: "x", specialties: [], avatar_url: null, gallery_urls: [] }, "INVALID_INPUT", "locale"],
      ]
      for (const [label, body, code, field] of cases) {
        const answer = await save(body)
        expect({ label, status: answer.status, code: answer.data.code, field: answer.data.field }).toEqual({ label, status: 400, code, field })
      }
      expect(await read()).toEqual(before)
    })

    it("is the beautician's own: without their token the profile routes answer 401", async () => {
      for (const headers of [{}, { authorization: `Bearer ${booking.customerToken}` }]) {
        expect((await settle(api.get("/pro/profile", { headers }))).status).toBe(401)
        expect((await settle(api.post("/pro/profile", { bio: "x", specialties: [], avatar_url: null, gallery_urls: [] }, { headers }))).status).toBe(401)
      }
    })
  },
})
