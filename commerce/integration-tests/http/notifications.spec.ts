import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { planDeliveries, PLAN_RULES } from "@doorstep/notifications/lib/plan-deliveries"
import { runNotifications } from "@doorstep/notifications/lib/run-notifications"
import { startWechatMessages, type WechatMessagesSimulator } from "@doorstep/notifications/simulator/wechat-messages"
import type { INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { atOn, beauticianToken, bookAndPay, bookingDay, completedJob, prepareBooking, settle, type Booking } from "../helpers/booking"

jest.setTimeout(120 * 1000)

const HOUR = 3600_000
const CONTACT_PHONE = "+8613800138000" // the booking's contact (helpers' address)
const BEAUTICIAN_PHONE = "+8613900000000"

// WeChat subscription messages go to a loopback WeChat, up before the runner loads commerce's configuration (providers come from env):
// an official account's, the same app customers sign in with (in WeChat's browser), so a sign-in's openid can receive them.
const before = { ...process.env }
let wechat: WechatMessagesSimulator
beforeAll(async () => {
  const started = await startWechatMessages()
  wechat = started.simulator
  Object.assign(process.env, started.env, {
    WECHAT_MESSAGE_KIND: "official",
    WECHAT_LOGIN_APP_ID: started.env.WECHAT_MESSAGE_APP_ID,
    WECHAT_LOGIN_APP_SECRET: started.env.WECHAT_MESSAGE_APP_SECRET,
    WECHAT_LOGIN_CALLBACK_URL: "http://localhost:8000/auth/wechat/callback",
    WECHAT_LOGIN_MODE: "oauth2",
  })
})
afterAll(async () => {
  await wechat?.stop()
  for (const name of Object.keys(process.env)) if (!(name in before)) delete process.env[name]
})

/**
 * Notifications: what happens to a booking becomes notices — in-app, SMS,
 * email — for the customer and the beautician, in their language, each
 * exactly once however many schedulers tick; reminders 24 h and 2 h before;
 * everyone reads only their own.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let booking: Booking
    let proToken: string
    let strangerToken: string
    const at = atOn(bookingDay())
    const appointments = () => getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    const pro = (token = proToken) => ({ headers: { authorization: `Bearer ${token}` } })
    const tick = (now = new Date()) => runNotifications(getContainer(), now)
    const inbox = async (token = booking.customerToken) => (await api.get("/store/notifications", booking.store(token))).data
    const proInbox = async () => (await api.get("/pro/notifications", pro())).data
    type Notice = { id: string; appointment_id: string; kind: string; title: string; body: string; url: string; read_at: string | null }
    const about = (id: string, list: Notice[]) => list.filter((n) => n.appointment_id === id)
    /** What Medusa's notification module sent on a channel to an address, by our template. */
    async function sent(channel: string, to: string, kind?: string) {
      const all = await getContainer().resolve<INotificationModuleService>(Modules.NOTIFICATION).listNotifications({ channel, to })
      return all.filter((n) => n.status === "success" && (!kind || n.template === `doorstep.${kind}`))
    }
    const startOf = async (id: string) => new Date((await appointments().listAppointments({ id }))[0].starts_at)

    beforeAll(async () => {
      booking = await prepareBooking(api, getContainer())
      proToken = await beauticianToken(api, getContainer(), booking.beauticianId, "test-every-day@doorstep.local")
      strangerToken = await booking.signIn("notice-stranger@doorstep.local", "stranger-password-1", true)
    })

    it("confirms a paid booking in-app, by SMS and by email, exactly once with four schedulers ticking at once", async () => {
      const id = await bookAndPay(api, booking, at("13:00:00"))
      const ticks = await Promise.all([tick(), tick(), tick(), tick()])
      expect(ticks.filter((t) => t !== null).length).toBeGreaterThanOrEqual(1)
      await Promise.all([tick(), tick()])
      await tick(new Date(Date.now() + 60_000))

      const mine = await inbox()
      const notices = about(id, mine.notifications)
      expect(notices.map((n: { kind: string }) => n.kind)).toEqual(["booking_confirmed"])
      expect(notices[0]).toMatchObject({ title: "预约成功", url: `/appointments/${id}`, read_at: null })
      expect(notices[0].body).toMatch(/^您的上门服务已确认：\d+月\d+日（周.）13:00。/)
      expect(mine.unread_count).toBe(1)

      const sms = await sent("sms", CONTACT_PHONE, "booking_confirmed")
      expect(sms).toHaveLength(1)
      expect(sms[0].data).toMatchObject({ appointment_id: id, title: "预约成功" })
      expect(await sent("email", "customer@doorstep.local", "booking_confirmed")).toHaveLength(1)
      const { rows } = await dbConnection.raw(`select "channel", "status", "attempts" from "notification_delivery" where "appointment_id" = ? order by "channel"`, [id])
      expect(rows).toEqual([
        { channel: "email", status: "sent", attempts: 1 },
        { channel: "in_app", status: "sent", attempts: 0 },
        { channel: "sms", status: "sent", attempts: 1 },
      ])
    })

    it("does nothing on a worker that finds the lock held, and plans each notice once even without the lock", async () => {
      const id = await bookAndPay(api, booking, at("15:00:00"))
      const now = new Date()
      // Another worker holds the lock for its tick.
      await dbConnection.transaction(async (trx: any) => {
        await trx.raw(`select pg_advisory_xact_lock(hashtext('doorstep.notifications'))`)
        expect(await tick(now)).toBeNull()
      })
      expect(await sent("sms", CONTACT_PHONE)).toHaveLength(0)
      // Beneath the lock, the outbox's unique key.
      const added = await Promise.all([1, 2, 3].map(() => dbConnection.transaction((trx: any) => planDeliveries(getContainer(), trx, now))))
      expect(added.reduce((a, b) => a + b, 0)).toBe(3) // in-app, SMS, email
      const { rows } = await dbConnection.raw(`select count(*)::int as "n" from "notification_delivery" where "appointment_id" = ?`, [id])
      expect(rows[0].n).toBe(3)
    })

    it("plans every change of a statement that changed more appointments than a tick reads, going on where it stopped", async () => {
      const ids = [await bookAndPay(api, booking, at("10:00:00")), await bookAndPay(api, booking, at("13:00:00")), await bookAndPay(api, booking, at("16:00:00"))]
      // One statement, one instant: three hours ago, long before anything else here changed.
      const { rows: [{ at: instant }] } = await dbConnection.raw(`update "appointment" set "updated_at" = now() - interval '3 hours' where "id" in (?, ?, ?) returning "updated_at"::text as "at"`, ids)
      await dbConnection.raw(`delete from "notification_delivery" where "appointment_id" in (?, ?, ?)`, ids)
      await dbConnection.raw(
        `insert into "notification_cursor" ("name", "position", "last_id") values ('appointment-changes', ?::timestamptz - interval '1 millisecond', '')
         on conflict ("name") do update set "position" = excluded."position", "last_id" = ''`,
        [instant],
      )
      const rules = PLAN_RULES as { -readonly [K in keyof typeof PLAN_RULES]: number }
      const { page, maxPages } = rules
      Object.assign(rules, { page: 1, maxPages: 1 }) // each tick reads one change, and one late one
      try {
        for (let tick = 0; tick < 3; tick++) await dbConnection.transaction((trx: any) => planDeliveries(getContainer(), trx, new Date()))
      } finally {
        Object.assign(rules, { page, maxPages })
      }
      const { rows } = await dbConnection.raw(`select distinct "appointment_id" from "notification_delivery" where "appointment_id" in (?, ?, ?) and "kind" = 'booking_confirmed'`, ids)
      expect(rows.map((r: { appointment_id: string }) => r.appointment_id).sort()).toEqual([...ids].sort())
    })

    it("tries a failed send again after 2, 4, 8 and 16 minutes, then gives up; a retry that gets through sends once", async () => {
      const id = await bookAndPay(api, booking, at("13:00:00"))
      const t0 = Date.now()
      const minutes = (m: number) => new Date(t0 + m * 60_000)
      await dbConnection.transaction((trx: any) => planDeliveries(getContainer(), trx, minutes(0)))
      // Both addresses broken (Medusa refuses a notification without one): each send fails until mended.
      await dbConnection.raw(`update "notification_delivery" set "to" = null where "appointment_id" = ? and "channel" in ('sms', 'email')`, [id])
      const rows = async () =>
        Object.fromEntries(
          (await dbConnection.raw(`select "channel", "status", "attempts", "next_attempt_at", "last_error" from "notification_delivery" where "appointment_id" = ? and "channel" <> 'in_app'`, [id])).rows.map(
            (r: { channel: string; status: string; attempts: number; next_attempt_at: Date; last_error: string | null }) => [
              r.channel,
              { status: r.status, attempts: r.attempts, next: (new Date(r.next_attempt_at).getTime() - t0) / 60_000, error: Boolean(r.last_error) },
            ],
          ),
        )

      expect(await tick(minutes(0))).toMatchObject({ sent: 0, failed: 2 })
      expect(await rows()).toEqual({ sms: { status: "pending", attempts: 1, next: 2, error: true }, email: { status: "pending", attempts: 1, next: 2, error: true } })
      expect(await tick(minutes(1))).toMatchObject({ sent: 0, failed: 0 })
      await dbConnection.raw(`update "notification_delivery" set "to" = ? where "appointment_id" = ? and "channel" = 'sms'`, [CONTACT_PHONE, id])
      expect(await tick(minutes(2))).toMatchObject({ sent: 1, failed: 1 })
      for (const at of [6, 14, 30]) expect(await tick(minutes(at))).toMatchObject({ failed: 1 })
      expect(await rows()).toEqual({ sms: { status: "sent", attempts: 2, next: 2, error: false }, email: { status: "failed", attempts: 5, next: 30, error: true } })
      expect(await tick(minutes(120))).toMatchObject({ sent: 0, failed: 0 })
      expect(await sent("sms", CONTACT_PHONE, "booking_confirmed")).toHaveLength(1)
    })

    it("tells the customer who is coming, and the beautician of the job — in their own language — with the phone's last four digits and the district only", async () => {
      const id = await bookAndPay(api, booking, at("13:00:00"))
      await tick()
      expect((await api.put("/pro/notification-preferences", { locale: "en" }, pro())).data.preferences).toEqual({ locale: "en" })
      await appointments().updateAppointments({ id, status: "assigned" })
      await Promise.all([tick(), tick()])

      const told = about(id, (await inbox()).notifications)
      expect(told.map((n) => n.kind)).toEqual(["beautician_assigned", "booking_confirmed"])
      expect(told[0]).toMatchObject({ title: "美容师已接单" })
      expect(told[0].body).toMatch(/^测试美容师将于\d+月\d+日（周.）13:00上门为您服务。$/)
      const [job] = about(id, (await proInbox()).notifications)
      expect(job).toMatchObject({ kind: "beautician_assigned", title: "New job", url: `/pro/jobs/${id}` })
      expect(job.body).toMatch(/^New job on \w{3} \d+ \w{3} at 13:00 in 浦东新区; the customer's phone ends in 8000\.$/)
      expect(job.body).not.toContain("13800138000")
      expect(job.body).not.toContain("陆家嘴")
      const sms = await sent("sms", BEAUTICIAN_PHONE, "beautician_assigned")
      expect(sms).toHaveLength(1)
      expect(sms[0]).toMatchObject({ resource_id: id, receiver_id: booking.beauticianId, data: { title: "New job", body: job.body, url: `/pro/jobs/${id}`, locale: "en" } })

      // Read: the first time counts, the unread count follows.
      const before = (await proInbox()).unread_count
      const read = await api.post(`/pro/notifications/${job.id}/read`, {}, pro())
      expect(read.data.notification.read_at).not.toBeNull()
      expect((await proInbox()).unread_count).toBe(before - 1)

      // On the way.
      await api.post(`/pro/jobs/${id}/status`, { status: "en_route" }, pro())
      await tick()
      const onTheWay = about(id, (await inbox()).notifications).find((n: { kind: string }) => n.kind === "beautician_en_route")!
      expect(onTheWay.body).toContain("测试美容师已出发")
      expect(await sent("sms", CONTACT_PHONE, "beautician_en_route")).toHaveLength(1)
    })

    it("tells of a cancellation — the beautician too, once it was their job — and of the refund", async () => {
      const id = await bookAndPay(api, booking, at("13:00:00"))
      await appointments().updateAppointments({ id, status: "assigned" })
      await tick()
      const cancelled = await api.post(`/store/appointments/${id}/cancel`, {}, booking.store(booking.customerToken))
      expect(cancelled.data.appointment).toMatchObject({ status: "cancelled", refund_fen: 21800 })
      await Promise.all([tick(), tick()])
      // Medusa's system payment provider (this test's) cannot refund: the refund waits, and no notice says it is done.
      const kindsNow = async () => about(id, (await inbox()).notifications).map((n: { kind: string }) => n.kind).sort()
      expect((await appointments().listAppointments({ id }))[0].payment_status).toBe("refund_pending")
      expect(await kindsNow()).toEqual(["beautician_assigned", "booking_confirmed", "cancelled"])
      // The gateway's refund recorded, as the refund subscriber records it.
      await appointments().updateAppointments({ id, payment_status: "refunded" })
      await Promise.all([tick(), tick()])

      const notices = about(id, (await inbox()).notifications)
      expect(await kindsNow()).toEqual(["beautician_assigned", "booking_confirmed", "cancelled", "refunded"])
      expect(notices.find((n: { kind: string }) => n.kind === "cancelled")!.body).toContain("¥218.00 将原路退回")
      expect(notices.find((n: { kind: string }) => n.kind === "refunded")!.body).toContain("¥218.00 已退回您的付款账户")
      expect(await sent("sms", CONTACT_PHONE, "refunded")).toHaveLength(1)
      expect(about(id, (await proInbox()).notifications).map((n: { kind: string }) => n.kind)).toEqual(["cancelled", "beautician_assigned"])
      expect(await sent("sms", BEAUTICIAN_PHONE, "cancelled")).toHaveLength(1)
    })

    it("reminds 24 h and 2 h before the start, each once with two schedulers ticking at once, by email a day ahead and by SMS two hours ahead", async () => {
      const id = await bookAndPay(api, booking, at("13:00:00"))
      await tick()
      const start = (await startOf(id)).getTime()
      const remindersOf = async () => about(id, (await inbox()).notifications).filter((n: { kind: string }) => n.kind.startsWith("reminder"))

      await tick(new Date(start - 24 * HOUR - 1000))
      expect(await remindersOf()).toEqual([])
      await Promise.all([tick(new Date(start - 24 * HOUR)), tick(new Date(start - 24 * HOUR))])
      await tick(new Date(start - 23 * HOUR))
      const [day] = await remindersOf()
      expect(day).toMatchObject({ kind: "reminder_24h", title: "预约提醒" })
      expect(day.body).toContain("明天 13:00")
      expect(await sent("email", "customer@doorstep.local", "reminder_24h")).toHaveLength(1)
      expect(await sent("sms", CONTACT_PHONE, "reminder_24h")).toHaveLength(0) // a day ahead: no SMS

      await tick(new Date(start - 2 * HOUR - 1000))
      expect(await remindersOf()).toHaveLength(1)
      await Promise.all([tick(new Date(start - 2 * HOUR)), tick(new Date(start - 2 * HOUR))])
      await tick(new Date(start - HOUR))
      const reminders = await remindersOf()
      expect(reminders.map((n: { kind: string }) => n.kind)).toEqual(["reminder_2h", "reminder_24h"])
      expect(reminders[0].body).toContain("今天 13:00")
      expect(await sent("sms", CONTACT_PHONE, "reminder_2h")).toHaveLength(1)
      expect(await tick(new Date(start + 60_000))).toMatchObject({ planned: 0, sent: 0 })
    })

    it("announces a move, then reminds of the new time", async () => {
      const id = await bookAndPay(api, booking, at("13:00:00"))
      await tick()
      const moved = await api.post(`/store/appointments/${id}/reschedule`, { start: at("16:00:00") }, booking.store(booking.customerToken))
      expect(moved.status).toBe(200)
      await Promise.all([tick(), tick()])
      const move = about(id, (await inbox()).notifications).find((n: { kind: string }) => n.kind === "rescheduled")!
      expect(move.body).toMatch(/^您的预约已改到\d+月\d+日（周.）16:00。$/)
      expect(await sent("sms", CONTACT_PHONE, "rescheduled")).toHaveLength(1)

      const start = (await startOf(id)).getTime()
      await tick(new Date(start - 2 * HOUR))
      const reminder = about(id, (await inbox()).notifications).find((n: { kind: string }) => n.kind === "reminder_2h")!
      expect(reminder.body).toContain("今天 16:00")
    })

    it("asks for a review after the job, in the customer's language, unless they turned review requests off", async () => {
      expect((await settle(api.put("/store/notification-preferences", { locale: "fr" }, booking.store(booking.customerToken)))).data.code).toBe("INVALID_INPUT")
      const preferences = await api.put("/store/notification-preferences", { locale: "en" }, booking.store(booking.customerToken))
      expect(preferences.data.preferences).toEqual({ locale: "en", review_requests: true })
      const id = await completedJob(api, getContainer(), booking, proToken, at("13:00:00"))
      await tick()
      const ask = about(id, (await inbox()).notifications).find((n: { kind: string }) => n.kind === "review_request")!
      expect(ask).toMatchObject({ title: "How was it?" })
      expect(ask.body).toContain("rate 测试美容师's service")

      await api.put("/store/notification-preferences", { review_requests: false }, booking.store(booking.customerToken))
      expect((await api.get("/store/notification-preferences", booking.store(booking.customerToken))).data.preferences).toEqual({ locale: "en", review_requests: false })
      const quiet = await completedJob(api, getContainer(), booking, proToken, at("16:00:00"))
      await tick()
      expect(about(quiet, (await inbox()).notifications)).toEqual([])
      // Notices about the booking itself always come.
      const next = await bookAndPay(api, booking, at("18:00:00"))
      await tick()
      expect(about(next, (await inbox()).notifications).map((n: { title: string }) => n.title)).toEqual(["Booking confirmed"])
    })

    it("sends a WeChat subscription message to a customer who subscribed, once; one who did not is given up at once with the reason", async () => {
      const me = (await api.get("/store/customers/me", booking.store(booking.customerToken))).data.customer
      const openid = "o6_bmjrPTlm6_2sgVt7hMZOPfL2M"
      await getContainer().resolve(Modules.CUSTOMER).updateCustomers(me.id, { metadata: { wechat_openid: openid } })
      wechat.subscribed.set(openid, new Set(["tmpl-booking_confirmed"]))
      const id = await bookAndPay(api, booking, at("13:00:00"))
      await Promise.all([tick(), tick()])
      const recorded = await sent("wechat", openid, "booking_confirmed")
      expect(recorded).toHaveLength(1)
      expect(recorded[0]).toMatchObject({ resource_id: id, data: { title: "预约成功", url: `/appointments/${id}` } })
      const received = wechat.sent.filter((m) => m.touser === openid)
      expect(received).toHaveLength(1)
      expect(received[0]).toMatchObject({ template_id: "tmpl-booking_confirmed", data: { thing1: { value: "预约成功" } } })
      expect(received[0].data.time2.value).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 13:00$/)

      // The one-time subscription is used up: the next notice is refused (43101), kept as failed with why, and never tried again.
      const later = await bookAndPay(api, booking, at("15:00:00"))
      const t0 = Date.now()
      await tick(new Date(t0))
      const row = async () =>
        (await dbConnection.raw(`select "status", "attempts", "last_error" from "notification_delivery" where "appointment_id" = ? and "channel" = 'wechat'`, [later])).rows[0]
      expect(await row()).toMatchObject({ status: "failed", attempts: 1, last_error: expect.stringContaining("[WECHAT_NOT_SUBSCRIBED permanent]") })
      for (const minutes of [2, 30]) await tick(new Date(t0 + minutes * 60_000))
      expect((await row()).attempts).toBe(1)
      expect(wechat.sent.filter((m) => m.touser === openid)).toHaveLength(1)
    })

    it("sends WeChat messages to the openid the customer signed in with, when sign-in is the same official account", async () => {
      const me = (await api.get("/store/customers/me", booking.store(booking.customerToken))).data.customer
      await getContainer()
        .resolve(Modules.AUTH)
        .createAuthIdentities({ provider_identities: [{ provider: "wechat", entity_id: "u-signin-unionid", user_metadata: { openid: "o-signin-openid", unionid: "u-signin-unionid" } }], app_metadata: { customer_id: me.id } })
      wechat.subscribed.set("o-signin-openid", new Set(["tmpl-booking_confirmed"]))
      const id = await bookAndPay(api, booking, at("16:00:00"))
      await tick()
      expect(wechat.sent.filter((m) => m.touser === "o-signin-openid")).toHaveLength(1)
      expect((await sent("wechat", "o-signin-openid", "booking_confirmed"))[0]).toMatchObject({ resource_id: id })
    })

    it("shows each person only their own notices: another's is 404", async () => {
      const id = await bookAndPay(api, booking, at("13:00:00"))
      await tick()
      const [notice] = about(id, (await inbox()).notifications)
      expect(about(id, (await inbox(strangerToken)).notifications)).toEqual([])
      const theirs = await settle(api.post(`/store/notifications/${notice.id}/read`, {}, booking.store(strangerToken)))
      expect(theirs.status).toBe(404)
      expect(theirs.data.code).toBe("NOTIFICATION_NOT_FOUND")
      expect((await settle(api.post(`/pro/notifications/${notice.id}/read`, {}, pro()))).status).toBe(404)
      expect((await settle(api.get("/store/notifications", booking.store()))).status).toBe(401)
      expect((await settle(api.get("/store/notifications?limit=0", booking.store(booking.customerToken)))).data.code).toBe("INVALID_INPUT")
      expect(about(id, (await inbox()).notifications)[0].read_at).toBeNull()
    })
  },
})
