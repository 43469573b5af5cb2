import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type ICALModule from "ical.js" with { "resolution-mode": "import" }
import { DateTime } from "luxon"
import { atOn, beauticianToken, bookAndPay, bookingDay, prepareBooking, settle, ZONE, type Booking } from "../helpers/booking"
import { changedTables, rowCounts } from "../helpers/row-counts"

jest.setTimeout(180 * 1000)

// ical.js ships CommonJS beside its ES module; the specs run as CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL: typeof ICALModule = require("ical.js")

/**
 * A beautician's jobs in their phone's calendar (issue 17, B5): a secret feed
 * URL of their own, renewable, with the service, the time in Shanghai and the
 * district of each job — and nothing of anyone else's.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let booking: Booking
    let proToken: string
    const at = atOn(bookingDay())
    const appointments = () => getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    const pro = (token = proToken) => ({ headers: { authorization: `Bearer ${token}` } })
    const feedUrl = async (token = proToken) => (await api.get("/pro/calendar-feed", pro(token))).data.url as string
    /** The feed as a phone calendar fetches it: no sign-in, only the URL. */
    const fetchFeed = async (url: string) =>
      settle(
        api.get(new URL(url).pathname, {
          responseType: "text",
          // The calendar stays text; a refusal is our JSON error.
          transformResponse: (body: string, headers: Record<string, string>) => (String(headers["content-type"]).startsWith("application/json") ? JSON.parse(body) : body),
        }),
      )
    const events = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent")

    beforeAll(async () => {
      booking = await prepareBooking(api, getContainer())
      proToken = await beauticianToken(api, getContainer(), booking.beauticianId, "test-every-day@doorstep.local")
    })

    /** A paid visit, assigned to the test beautician as dispatch assigns it. */
    async function assignedJob(time: string) {
      const id = await bookAndPay(api, booking, at(time))
      await appointments().updateAppointments({ id, status: "assigned" })
      return id
    }

    it("lists my job with its service, its time in Shanghai (with the zone's VTIMEZONE) and its district — not the address, name or phone", async () => {
      const id = await assignedJob("14:00:00")
      const url = await feedUrl()
      expect(url).toMatch(/^http:\/\/[^/]+\/calendar\/[A-Za-z0-9_-]{43}\.ics$/)
      expect(await feedUrl()).toBe(url)

      const feed = await fetchFeed(url)
      expect(feed.status).toBe(200)
      expect(feed.headers!["content-type"]).toMatch(/^text\/calendar/)
      const ics = String(feed.data)
      const calendar = new ICAL.Component(ICAL.parse(ics))
      expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe(ZONE)
      const event = events(ics).find((e) => e.getFirstPropertyValue("uid") === `${id}@doorstep`)!
      expect(event).toBeDefined()
      const start = event.getFirstProperty("dtstart")!
      expect(start.getParameter("tzid")).toBe(ZONE)
      expect(String(start.getFirstValue())).toBe(`${bookingDay()}T14:00:00`)
      expect(String(event.getFirstPropertyValue("dtend"))).toBe(`${bookingDay()}T15:00:00`)
      expect(event.getFirstPropertyValue("summary")).toBe("中式推拿")
      expect(event.getFirstPropertyValue("location")).toBe("上海 浦东新区")
      expect(event.getFirstPropertyValue("status")).toBe("CONFIRMED")
      for (const secret of ["陆家嘴", "林小雨", "13800138000", "8000"]) expect(ics).not.toContain(secret)

      // Only the token's hash is kept.
      const token = new URL(url).pathname.split("/").pop()!.replace(".ics", "")
      const { rows } = await dbConnection.raw(`select * from "calendar_feed" where "beautician_id" = ?`, [booking.beauticianId])
      expect(rows).toHaveLength(1)
      expect(JSON.stringify(rows)).not.toContain(token)
    })

    it("strikes out a job of mine that was cancelled, and leaves out a visit that was never assigned to me", async () => {
      const cancelled = await assignedJob("16:00:00")
      await appointments().updateAppointments({ id: cancelled, status: "cancelled", cancelled_at: new Date() })
      const unassigned = await bookAndPay(api, booking, at("18:00:00"))
      const list = events(String((await fetchFeed(await feedUrl())).data))
      const struck = list.find((e) => e.getFirstPropertyValue("uid") === `${cancelled}@doorstep`)!
      expect(struck.getFirstPropertyValue("status")).toBe("CANCELLED")
      expect(struck.getFirstPropertyValue("summary")).toMatch(/^已取消 · Cancelled: /)
      expect(list.some((e) => e.getFirstPropertyValue("uid") === `${unassigned}@doorstep`)).toBe(false)
    })

    it("gives another beautician a feed of their own, which shows none of my jobs", async () => {
      const mine = await assignedJob("10:00:00")
      const [colleague] = await appointments().createBeauticians([
        { handle: "test-feed-colleague", merchant_handle: "jingan-lumiere", display_name: "同事", email: "test-feed-colleague@doorstep.local", phone: "+8613900000011", status: "active", timezone: ZONE, home_lat: 31.23, home_lng: 121.47, service_radius_km: 10, skill_product_ids: [] },
      ])
      const theirToken = await beauticianToken(api, getContainer(), colleague.id, "test-feed-colleague@doorstep.local")
      const theirs = await feedUrl(theirToken)
      expect(theirs).not.toBe(await feedUrl())
      const feed = await fetchFeed(theirs)
      expect(feed.status).toBe(200)
      expect(events(String(feed.data))).toEqual([])
      expect(String(feed.data)).not.toContain(mine)
    })

    it("renews the URL: the old one answers 404 from then on, the new one lists my jobs", async () => {
      const id = await assignedJob("12:00:00")
      const old = await feedUrl()
      const renewed = await settle(api.post("/pro/calendar-feed/renew", {}, pro()))
      expect(renewed.status).toBe(200)
      expect(renewed.data.url).not.toBe(old)
      expect(await feedUrl()).toBe(renewed.data.url)
      const gone = await fetchFeed(old)
      expect(gone.status).toBe(404)
      expect(gone.data.code).toBe("CALENDAR_NOT_FOUND")
      expect(String((await fetchFeed(renewed.data.url)).data)).toContain(`${id}@doorstep`)
    })

    it("refuses a renewal with anything in its body: 400 INVALID_INPUT, nothing written, the URL unchanged", async () => {
      const url = await feedUrl()
      for (const body of [{ reason: "链接泄露了" }, { url: null }, []]) {
        const before = await rowCounts(getContainer())
        const answer = await settle(api.post("/pro/calendar-feed/renew", body, pro()))
        expect({ body, status: answer.status, code: answer.data.code }).toEqual({ body, status: 400, code: "INVALID_INPUT" })
        expect(changedTables(before, await rowCounts(getContainer()))).toEqual([])
      }
      // A renewal rewrites the feed's row in place: the URL still working is what shows none took place.
      expect(await feedUrl()).toBe(url)
      expect((await fetchFeed(url)).status).toBe(200)
    })

    it("answers 404 for a token nobody has, a malformed one, and a feed without .ics", async () => {
      const url = new URL(await feedUrl())
      const token = url.pathname.split("/").pop()!.replace(".ics", "")
      for (const path of [`/calendar/${"A".repeat(43)}.ics`, "/calendar/..%2F..%2Fetc.ics", `/calendar/${token}`, `/calendar/${token}.ics.txt`]) {
        const answer = await settle(api.get(path))
        expect({ path, status: answer.status, code: answer.data.code }).toEqual({ path, status: 404, code: "CALENDAR_NOT_FOUND" })
      }
    })

    it("keeps jobs from 30 days back to 90 days ahead", async () => {
      const now = DateTime.now().setZone(ZONE)
      const [old, recent, far] = await appointments().createAppointments(
        [-40, -3, 120].map((days) => {
          const start = now.plus({ days }).set({ hour: 11, minute: 0, second: 0, millisecond: 0 })
          return {
            status: "completed" as const,
            customer_id: "cus_feed_window",
            variant_id: booking.variantId,
            beautician_id: booking.beauticianId,
            starts_at: start.toJSDate(),
            ends_at: start.plus({ hours: 1 }).toJSDate(),
            blocked_from: start.toJSDate(),
            blocked_until: start.plus({ hours: 1 }).toJSDate(),
            travel_in_minutes: 0,
            address: { district: "静安区", city: "上海" },
            lat: 31.23,
            lng: 121.47,
          }
        }),
      )
      const ics = String((await fetchFeed(await feedUrl())).data)
      expect([old.id, recent.id, far.id].map((id) => ics.includes(`${id}@doorstep`))).toEqual([false, true, false])
    })

    it("is a beautician's own: without their token the feed routes answer 401", async () => {
      for (const [method, path] of [["get", "/pro/calendar-feed"], ["post", "/pro/calendar-feed/renew"]] as const) {
        for (const headers of [{}, { authorization: `Bearer ${booking.customerToken}` }]) {
          const answer = await settle(method === "get" ? api.get(path, { headers }) : api.post(path, {}, { headers }))
          expect({ path, status: answer.status }).toEqual({ path, status: 401 })
        }
      }
    })
  },
})
