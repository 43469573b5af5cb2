import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { REVIEW_MODULE, type ReviewModuleService } from "@doorstep/trust/modules/review"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { seedDemoStore } from "../../src/seed"
import { loadDemoData } from "../../src/seed/demo-data"

jest.setTimeout(120 * 1000)

const demo = loadDemoData()
const DAY = 24 * 3600_000

/**
 * The demo's written reviews: each beautician's profile shows the reviews its
 * rating and count are made of, each of a completed visit, as a real review is.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let publishableKey: string
    const store = () => ({ headers: { "x-publishable-api-key": publishableKey } })
    const appointments = () => getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    const reviews = () => getContainer().resolve<ReviewModuleService>(REVIEW_MODULE)

    beforeAll(async () => {
      publishableKey = (await seedDemoStore(getContainer())).publishableKey
    })

    it("shows every demo beautician's written reviews, newest first, and a rating and count made of exactly those", async () => {
      const beauticians = await appointments().listBeauticians({ handle: demo.beauticians.map((b) => b.handle) }, { select: ["id", "handle"] })
      expect(beauticians).toHaveLength(demo.beauticians.length)
      for (const { id, handle } of beauticians) {
        const seeded = demo.reviews.reviews.filter((review) => review.beautician === handle)
        const profile = (await api.get(`/store/beauticians/${id}`, store())).data.beautician
        const shown = (await api.get(`/store/beauticians/${id}/reviews`, store())).data.reviews as Array<{ rating: number; text: string; reply: string | null; created_at: string }>
        expect(seeded.length).toBeGreaterThanOrEqual(4)
        expect(shown.map((review) => review.text)).toEqual([...seeded].sort((a, b) => a.days_ago - b.days_ago).map((review) => review.text))
        expect(shown.map((review) => review.reply)).toEqual([...seeded].sort((a, b) => a.days_ago - b.days_ago).map((review) => review.reply))
        const mean = seeded.reduce((sum, review) => sum + review.rating, 0) / seeded.length
        expect(profile).toMatchObject({ review_count: seeded.length, rating: Math.round(mean * 100) / 100 })
      }
    })

    it("makes each review of a completed visit by its customer, of a service the beautician performs, written within 30 days after it ended", async () => {
      const written = await reviews().listReviews({}, { take: null })
      expect(written).toHaveLength(demo.reviews.reviews.length)
      const visits = await appointments().listAppointments({ id: written.map((review) => review.appointment_id) }, { take: null })
      const beauticians = await appointments().listBeauticians({ id: [...new Set(visits.map((visit) => visit.beautician_id))] }, { select: ["id", "skill_product_ids"] })
      const variants = await getContainer().resolve(Modules.PRODUCT).listProductVariants({ id: [...new Set(visits.map((visit) => visit.variant_id))] }, { select: ["id", "product_id"] })
      const { rows: ended } = await dbConnection.raw(`select "appointment_id", "at" from "appointment_event" where "status" = 'completed' and "appointment_id" = any(?)`, [
        visits.map((visit) => visit.id),
      ])
      const endedAt = new Map((ended as Array<{ appointment_id: string; at: Date }>).map((event) => [event.appointment_id, new Date(event.at).getTime()]))
      for (const review of written) {
        const visit = visits.find((candidate) => candidate.id === review.appointment_id)!
        expect(visit).toMatchObject({ status: "completed", customer_id: review.customer_id, beautician_id: review.beautician_id, variant_id: review.variant_id })
        const productId = variants.find((variant) => variant.id === visit.variant_id)!.product_id
        expect(beauticians.find((b) => b.id === visit.beautician_id)!.skill_product_ids).toContain(productId)
        const writtenAt = new Date(review.created_at).getTime()
        expect(endedAt.get(visit.id)).toBe(new Date(visit.ends_at).getTime())
        expect(writtenAt - endedAt.get(visit.id)!).toBeGreaterThan(0)
        expect(writtenAt - endedAt.get(visit.id)!).toBeLessThan(30 * DAY)
        // Old enough that the notifications' first look back (72 h) never announces the visit.
        expect(Date.now() - new Date(visit.updated_at).getTime()).toBeGreaterThan(3 * DAY)
        // Demo visits have no order: money never books them.
        expect(visit.order_id).toBeNull()
        expect(visit.paid_fen).toBeNull()
      }
    })

    it("adds nothing when seeded again", async () => {
      const count = async () => (await reviews().listReviews({}, { select: ["id"], take: null })).length
      const before = await count()
      const visits = (await appointments().listAppointments({}, { select: ["id"], take: null })).length
      await seedDemoStore(getContainer())
      expect(await count()).toBe(before)
      expect(await appointments().listAppointments({}, { select: ["id"], take: null })).toHaveLength(visits)
    })
  },
})
