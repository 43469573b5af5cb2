import { planNotices, type AppointmentState, type GivenNotice, type Notice } from "../plan"

const start = new Date("2026-12-03T05:00:00Z")
const booked = new Date("2026-11-30T02:00:00Z")
const base: AppointmentState = {
  id: "appt_1",
  status: "confirmed",
  customer_id: "cus_1",
  beautician_id: "bea_1",
  starts_at: start,
  payment_status: "paid",
  paid_fen: 21800,
  refund_fen: null,
}
const given = (notice: Notice, createdAt = booked, subject = start): GivenNotice => ({ ...notice, subject_starts_at: subject, created_at: createdAt })
const confirmed = given({ kind: "booking_confirmed", ref: "", audience: "customer", recipient_id: "cus_1" })
const assigned = [
  given({ kind: "beautician_assigned", ref: "bea_1", audience: "customer", recipient_id: "cus_1" }),
  given({ kind: "beautician_assigned", ref: "bea_1", audience: "beautician", recipient_id: "bea_1" }),
]
const kinds = (notices: Notice[]) => notices.map((n) => `${n.audience}:${n.kind}${n.ref ? `@${n.ref}` : ""}`)

describe("planNotices", () => {
  it("confirms a paid booking once", () => {
    expect(kinds(planNotices(base, [], booked))).toEqual(["customer:booking_confirmed"])
    expect(planNotices(base, [confirmed], booked)).toEqual([])
    expect(planNotices({ ...base, status: "held", payment_status: "pending", paid_fen: null }, [], booked)).toEqual([])
  })

  it("tells both the customer and the beautician of an assignment, again for another beautician", () => {
    const state = { ...base, status: "assigned" }
    expect(kinds(planNotices(state, [confirmed], booked))).toEqual(["customer:beautician_assigned@bea_1", "beautician:beautician_assigned@bea_1"])
    expect(planNotices(state, [confirmed, ...assigned], booked)).toEqual([])
    expect(kinds(planNotices({ ...state, beautician_id: "bea_2" }, [confirmed, ...assigned], booked))).toEqual([
      "customer:beautician_assigned@bea_2",
      "beautician:beautician_assigned@bea_2",
    ])
  })

  it("announces a move to the customer, and to the beautician who has the job, once per new start", () => {
    const moved = new Date("2026-12-04T06:00:00Z")
    const state = { ...base, status: "assigned", starts_at: moved }
    expect(kinds(planNotices(state, [confirmed, ...assigned], booked))).toEqual([`customer:rescheduled@${moved.toISOString()}`, `beautician:rescheduled@${moved.toISOString()}`])
    const told = given({ kind: "rescheduled", ref: moved.toISOString(), audience: "customer", recipient_id: "cus_1" }, new Date("2026-12-01T00:00:00Z"), moved)
    const toldBeautician = given({ kind: "rescheduled", ref: moved.toISOString(), audience: "beautician", recipient_id: "bea_1" }, new Date("2026-12-01T00:00:00Z"), moved)
    expect(planNotices(state, [confirmed, ...assigned, told, toldBeautician], booked)).toEqual([])
  })

  it("reminds at 24 h and 2 h before, the beautician at 2 h, and afresh after a move", () => {
    const state = { ...base, status: "assigned" }
    const history = [confirmed, ...assigned]
    expect(planNotices(state, history, new Date("2026-12-02T04:59:59Z"))).toEqual([])
    expect(kinds(planNotices(state, history, new Date("2026-12-02T05:00:00Z")))).toEqual([`customer:reminder_24h@${start.toISOString()}`])
    expect(kinds(planNotices(state, history, new Date("2026-12-03T03:00:00Z")))).toEqual([`customer:reminder_2h@${start.toISOString()}`, `beautician:reminder_2h@${start.toISOString()}`])
  })

  it("tells of a cancellation (the beautician only if they had the job) and of the refund", () => {
    const cancelled = { ...base, status: "cancelled", payment_status: "partially_refunded", refund_fen: 10900 }
    expect(kinds(planNotices(cancelled, [confirmed], booked))).toEqual(["customer:cancelled", "customer:refunded@10900"])
    expect(kinds(planNotices(cancelled, [confirmed, ...assigned], booked))).toEqual(["customer:cancelled", "beautician:cancelled", "customer:refunded@10900"])
    expect(kinds(planNotices({ ...cancelled, payment_status: "refund_pending" }, [confirmed], booked))).toEqual(["customer:cancelled"])
  })

  it("tells of the full refund of a payment that came after its hold lapsed and its time was taken", () => {
    expect(kinds(planNotices({ ...base, status: "expired", payment_status: "refunded", refund_fen: 21800 }, [], booked))).toEqual(["customer:refunded@21800"])
  })

  it("asks for a review once the job is completed, and tells of the beautician on the way", () => {
    expect(kinds(planNotices({ ...base, status: "completed" }, [confirmed, ...assigned], booked))).toEqual(["customer:review_request"])
    expect(kinds(planNotices({ ...base, status: "en_route" }, [confirmed, ...assigned], booked))).toEqual(["customer:beautician_en_route"])
  })
})
