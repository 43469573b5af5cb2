import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { REVIEW_MODULE, type ReviewModuleService } from "@doorstep/trust/modules/review"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { seedDemoStore } from "../../src/seed"
import { demo, settle, staffAccount } from "../helpers/booking"

jest.setTimeout(180 * 1000)

type Row = {
  id: string
  rating: number
  text: string | null
  photos: unknown[]
  reply: string | null
  replied_at: string | null
  created_at: string
  merchant_handle: string
  merchant_name: string | null
  beautician: { id: string; display_name: string | null }
  service: { variant_id: string; title: string | null; option: string | null }
  hidden: boolean
  hidden_reason: string | null
}

const A = "jingan-lumiere"
const B = "xuhui-qingyu"
/** Which studio each demo beautician works for. */
const studioOf = new Map(demo.beauticians.map((b) => [b.handle, b.merchant]))
const seededOf = (handle: string) => demo.reviews.reviews.filter((review) => studioOf.get(review.beautician) === handle)

/**
 * The back office's lists of reviews (issue 18): a studio's staff see their
 * studio's reviews only, support and the platform every studio's; filters and
 * pages are the server's; hidden reviews are listed to staff with their state;
 * nobody's personal data is in them.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const tokens = {} as Record<"platform" | "managerA" | "staffA" | "managerB" | "support", string>
    const as = (who: keyof typeof tokens) => ({ headers: { authorization: `Bearer ${tokens[who]}` } })
    const get = (who: keyof typeof tokens, path: string) => settle(api.get(path, as(who)))
    /** Every row of a list, page by page. */
    async function all(who: keyof typeof tokens, path: string): Promise<{ rows: Row[]; count: number }> {
      const rows: Row[] = []
      for (let offset = 0; ; offset += 50) {
        const answer = await get(who, `${path}${path.includes("?") ? "&" : "?"}limit=50&offset=${offset}`)
        expect(answer.status).toBe(200)
        rows.push(...answer.data.reviews)
        if (offset + 50 >= answer.data.count) return { rows, count: answer.data.count }
      }
    }
    let publishableKey: string

    beforeAll(async () => {
      publishableKey = (await seedDemoStore(getContainer())).publishableKey
      const { email, password } = demo.accounts.commerce_admin
      tokens.platform = (await api.post("/auth/user/emailpass", { email, password })).data.token
      tokens.managerA = await staffAccount(api, getContainer(), "manager.reviews-a@doorstep.local", { role: "merchant_manager", merchant_handle: A })
      tokens.staffA = await staffAccount(api, getContainer(), "staff.reviews-a@doorstep.local", { role: "merchant_staff", merchant_handle: A })
      tokens.managerB = await staffAccount(api, getContainer(), "manager.reviews-b@doorstep.local", { role: "merchant_manager", merchant_handle: B })
      tokens.support = await staffAccount(api, getContainer(), "agent.reviews@doorstep.local", { role: "support_agent" })
    })

    it("lists a studio's reviews to its staff only: every one of its beauticians' reviews, newest first, never another studio's", async () => {
      const beauticiansOfA = await getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE).listBeauticians({ merchant_handle: A }, { select: ["id"] })
      for (const who of ["managerA", "staffA", "platform"] as const) {
        const { rows, count } = await all(who, `/admin/merchants/${A}/reviews`)
        expect(count).toBe(seededOf(A).length)
        expect(rows).toHaveLength(count)
        expect(new Set(rows.map((row) => row.merchant_handle))).toEqual(new Set([A]))
        expect(rows.every((row) => beauticiansOfA.some((b) => b.id === row.beautician.id))).toBe(true)
        expect(rows.map((row) => row.text).sort()).toEqual(seededOf(A).map((review) => review.text).sort())
        const times = rows.map((row) => new Date(row.created_at).getTime())
        expect(times).toEqual([...times].sort((x, y) => y - x))
      }
      const ofB = await all("managerB", `/admin/merchants/${B}/reviews`)
      expect(ofB.count).toBe(seededOf(B).length)
      expect(ofB.rows.some((row) => row.merchant_handle !== B)).toBe(false)
      // Another studio's list is as if the studio did not exist.
      for (const [who, handle] of [["managerA", B], ["staffA", B], ["managerB", A]] as const) {
        const answer = await get(who, `/admin/merchants/${handle}/reviews`)
        expect([answer.status, answer.data.reviews]).toEqual([404, undefined])
      }
      // Support's list is the studios' together, or one studio's.
      const every = await all("support", "/admin/reviews")
      expect(every.count).toBe(demo.reviews.reviews.length)
      expect(new Set(every.rows.map((row) => row.merchant_handle))).toEqual(new Set(demo.reviews.reviews.map((review) => studioOf.get(review.beautician))))
      // Across studios each row says whose it is by the studio's name.
      const nameOf = new Map(demo.merchants.map((m) => [m.handle, m.name["zh-CN"]]))
      expect(every.rows.filter((row) => row.merchant_name !== nameOf.get(row.merchant_handle))).toEqual([])
      const onlyB = await all("support", `/admin/reviews?merchant_handle=${B}`)
      expect(onlyB.rows.map((row) => row.id).sort()).toEqual(ofB.rows.map((row) => row.id).sort())
      expect((await get("support", "/admin/reviews?merchant_handle=no-such-studio")).data.code).toBe("MERCHANT_NOT_FOUND")
    })

    it("names the beautician and the service of each review", async () => {
      const { rows } = await all("managerA", `/admin/merchants/${A}/reviews`)
      const beauticians = await getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE).listBeauticians({ merchant_handle: A }, { select: ["id", "display_name"] })
      const variants = await getContainer().resolve(Modules.PRODUCT).listProductVariants({ id: rows.map((row) => row.service.variant_id) }, { select: ["id", "title", "product.title"], relations: ["product"] })
      for (const row of rows) {
        expect(row.beautician.display_name).toBeTruthy()
        expect(row.beautician.display_name).toBe(beauticians.find((b) => b.id === row.beautician.id)!.display_name)
        const variant = variants.find((v) => v.id === row.service.variant_id)!
        expect(row.service).toEqual({ variant_id: variant.id, title: variant.product!.title, option: variant.title })
        expect(row.service.title).toBeTruthy()
      }
    })

    it("filters by stars, reply and moderation on the server, and counts what matches", async () => {
      const whole = await all("managerA", `/admin/merchants/${A}/reviews`)
      for (const rating of [1, 2, 3, 4, 5]) {
        const { rows, count } = await all("managerA", `/admin/merchants/${A}/reviews?rating=${rating}`)
        expect(count).toBe(seededOf(A).filter((review) => review.rating === rating).length)
        expect(rows.every((row) => row.rating === rating)).toBe(true)
      }
      const replied = await all("managerA", `/admin/merchants/${A}/reviews?replied=true`)
      const unanswered = await all("managerA", `/admin/merchants/${A}/reviews?replied=false`)
      expect(replied.count).toBe(seededOf(A).filter((review) => review.reply).length)
      expect(replied.rows.every((row) => row.reply && row.replied_at)).toBe(true)
      expect(unanswered.rows.every((row) => row.reply === null && row.replied_at === null)).toBe(true)
      expect(replied.count + unanswered.count).toBe(whole.count)
      const both = await all("managerA", `/admin/merchants/${A}/reviews?rating=4&replied=true`)
      expect(both.count).toBe(seededOf(A).filter((review) => review.rating === 4 && review.reply).length)
    })

    it("pages on the server: disjoint pages, in order, the same count on each", async () => {
      const first = (await get("staffA", `/admin/merchants/${A}/reviews?limit=7&offset=0`)).data
      const second = (await get("staffA", `/admin/merchants/${A}/reviews?limit=7&offset=7`)).data
      const both = (await get("staffA", `/admin/merchants/${A}/reviews?limit=14&offset=0`)).data
      expect([first.reviews.length, second.reviews.length, first.limit, first.offset, second.offset]).toEqual([7, 7, 7, 0, 7])
      expect(first.count).toBe(seededOf(A).length)
      expect(second.count).toBe(first.count)
      expect([...first.reviews, ...second.reviews].map((row: Row) => row.id)).toEqual(both.reviews.map((row: Row) => row.id))
      const beyond = (await get("staffA", `/admin/merchants/${A}/reviews?offset=10000`)).data
      expect([beyond.reviews, beyond.count]).toEqual([[], first.count])
    })

    it("lists hidden reviews to staff with support's reason, and the studio's reply once written", async () => {
      const [target] = (await get("managerA", `/admin/merchants/${A}/reviews?replied=false&limit=1`)).data.reviews as Row[]
      expect(target.hidden).toBe(false)
      expect(target.hidden_reason).toBeNull()
      const hidden = await settle(api.post(`/admin/reviews/${target.id}/moderate`, { hidden: true, reason: "含联系方式广告" }, as("support")))
      expect(hidden.status).toBe(200)
      const listed = (await all("managerA", `/admin/merchants/${A}/reviews?hidden=true`)).rows
      expect(listed.map((row) => [row.id, row.hidden, row.hidden_reason])).toEqual([[target.id, true, "含联系方式广告"]])
      expect((await all("support", "/admin/reviews?hidden=true")).rows.map((row) => row.id)).toEqual([target.id])
      expect((await all("managerA", `/admin/merchants/${A}/reviews?hidden=false`)).rows.map((row) => row.id)).not.toContain(target.id)
      // The public no longer sees it.
      const shown = (await api.get(`/store/beauticians/${target.beautician.id}/reviews`, { headers: { "x-publishable-api-key": publishableKey } })).data.reviews as Row[]
      expect(shown.map((row) => row.id)).not.toContain(target.id)
      // The studio replies; the list says so.
      expect((await settle(api.post(`/admin/merchants/${A}/reviews/${target.id}/reply`, { text: "感谢反馈，我们会改进" }, as("managerA")))).status).toBe(200)
      const [after] = (await all("managerA", `/admin/merchants/${A}/reviews?hidden=true&replied=true`)).rows
      expect(after).toMatchObject({ id: target.id, reply: "感谢反馈，我们会改进", hidden: true })
      // Shown again: the reason goes.
      await api.post(`/admin/reviews/${target.id}/moderate`, { hidden: false, reason: "核实无误" }, as("support"))
      expect((await all("managerA", `/admin/merchants/${A}/reviews?hidden=true`)).count).toBe(0)
      const back = (await all("support", `/admin/reviews?merchant_handle=${A}&replied=true`)).rows.find((row) => row.id === target.id)!
      expect([back.hidden, back.hidden_reason]).toEqual([false, null])
    })

    it("carries nobody's personal data: no customer, phone or email", async () => {
      const rows = (await all("support", "/admin/reviews")).rows
      const keys = ["beautician", "created_at", "hidden", "hidden_reason", "id", "merchant_handle", "merchant_name", "photos", "rating", "replied_at", "reply", "service", "text"]
      for (const row of rows) expect(Object.keys(row).sort()).toEqual(keys)
      const stored = await getContainer().resolve<ReviewModuleService>(REVIEW_MODULE).listReviews({}, { select: ["customer_id", "appointment_id"], take: null })
      const text = JSON.stringify(rows)
      for (const { customer_id, appointment_id } of stored) {
        expect(text).not.toContain(customer_id)
        expect(text).not.toContain(appointment_id)
      }
      for (const reviewer of demo.reviews.reviewers) expect(text).not.toContain(reviewer.email)
      expect(text).not.toMatch(/\+86\d|1[3-9]\d{9}|@doorstep/)
    })

    it("refuses a bad query with 400 INVALID_INPUT naming the field", async () => {
      const cases: Array<[string, string]> = [
        [`/admin/merchants/${A}/reviews?rating=6`, "rating"],
        [`/admin/merchants/${A}/reviews?rating=x`, "rating"],
        [`/admin/merchants/${A}/reviews?replied=yes`, "replied"],
        [`/admin/merchants/${A}/reviews?hidden=1`, "hidden"],
        [`/admin/merchants/${A}/reviews?limit=0`, "limit"],
        [`/admin/merchants/${A}/reviews?offset=-1`, "offset"],
        [`/admin/merchants/${A}/reviews?merchant_handle=${B}`, "merchant_handle"],
        ["/admin/reviews?rating=0", "rating"],
        ["/admin/reviews?sort=rating", "sort"],
      ]
      for (const [path, field] of cases) {
        const answer = await get(path.startsWith("/admin/reviews") ? "support" : "managerA", path)
        expect([path, answer.status, answer.data.code, answer.data.field]).toEqual([path, 400, "INVALID_INPUT", field])
      }
    })
  },
})
