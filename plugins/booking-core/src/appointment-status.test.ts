import { APPOINTMENT_STATUSES, assertTransition, canTransition, customerChanges, FINAL_STATUSES, occupiesCalendar, TransitionError, type AppointmentStatus } from "./appointment-status"

describe("appointment state machine", () => {
  it.each<[AppointmentStatus, AppointmentStatus, boolean]>([
    ["held", "confirmed", true],
    ["held", "expired", true],
    ["held", "cancelled", true],
    ["held", "completed", false],
    ["confirmed", "cancelled", true],
    ["confirmed", "in_service", false],
    ["assigned", "en_route", true],
    ["en_route", "arrived", true],
    ["arrived", "in_service", true],
    ["arrived", "cancelled", false],
    ["in_service", "completed", true],
    ["in_service", "cancelled", false],
    ["expired", "confirmed", false],
  ])("%s → %s: %s", (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed)
  })

  it("has no way out of an ending", () => {
    for (const end of ["completed", "cancelled", "expired", "no_show"] as const) {
      for (const to of APPOINTMENT_STATUSES) expect(canTransition(end, to)).toBe(false)
    }
  })

  it("ends in completed, cancelled, expired or no-show", () => {
    expect([...FINAL_STATUSES].sort()).toEqual(["cancelled", "completed", "expired", "no_show"])
  })

  it.each<[AppointmentStatus, { cancel: boolean; reschedule: boolean }]>([
    ["held", { cancel: true, reschedule: true }],
    ["confirmed", { cancel: true, reschedule: true }],
    // A beautician has the job: the customer may still call it off (at the policy's fee), but moving it goes through support.
    ["assigned", { cancel: true, reschedule: false }],
    ["en_route", { cancel: true, reschedule: false }],
    ["arrived", { cancel: false, reschedule: false }],
    ["in_service", { cancel: false, reschedule: false }],
    ["completed", { cancel: false, reschedule: false }],
  ])("a customer may change a %s appointment: %o", (status, changes) => {
    expect(customerChanges(status)).toEqual(changes)
  })

  it("names the refused change with a stable code", () => {
    expect(() => assertTransition("completed", "cancelled")).toThrow(TransitionError)
    try {
      assertTransition("completed", "cancelled")
    } catch (error) {
      expect(error).toMatchObject({ code: "INVALID_TRANSITION", from: "completed", to: "cancelled" })
    }
  })
})

describe("occupiesCalendar", () => {
  const now = Date.parse("2026-11-25T10:00:00Z")
  it.each([
    ["a live hold", "held", now + 1, true],
    ["a hold lapsing this instant", "held", now, false],
    ["a hold without expiry", "held", null, false],
    ["a confirmed visit", "confirmed", null, true],
    ["a cancelled visit", "cancelled", null, false],
  ])("%s → %s", (_, status, expiresAt, expected) => {
    expect(occupiesCalendar({ status: status as string, expiresAt: expiresAt as number | null }, now)).toBe(expected)
  })
})
