import { accessTo, staffFromUser, type StaffMember } from "../staff-roles"

const staff = (role: StaffMember["role"], merchantHandle: string | null = "jingan-lumiere"): StaffMember => ({ userId: "user_1", role, merchantHandle })

describe("accessTo", () => {
  it.each([
    ["platform_admin", "GET", "/admin/orders", true],
    ["platform_admin", "POST", "/admin/users/user_2", true],
    ["merchant_manager", "GET", "/admin/orders", false],
    ["merchant_manager", "POST", "/admin/users/user_1", false], // no promoting oneself
    ["merchant_manager", "GET", "/admin/beauticians/bea_1/working-hours", true],
    ["merchant_staff", "PUT", "/admin/beauticians/bea_1/date-overrides/2026-12-24", true],
    ["merchant_staff", "POST", "/admin/appointments/appt_1/assign", true],
    ["merchant_staff", "GET", "/admin/appointments/appt_1/dispatch", true],
    ["support_agent", "GET", "/admin/appointments/appt_1/dispatch", true],
    ["support_agent", "POST", "/admin/appointments/appt_1/assign", false],
    ["support_agent", "GET", "/admin/beauticians/bea_1/working-hours", false],
    ["merchant_staff", "GET", "/admin/users/me", true],
    [null, "GET", "/admin/users/me", false],
    [null, "GET", "/admin/beauticians/bea_1/working-hours", false],
    ["merchant_staff", "GET", "/admin/beauticians/bea_1/working-hours/../../../users", false],
    ["merchant_manager", "POST", "/admin/merchants/jingan-lumiere/documents", true],
    ["merchant_staff", "POST", "/admin/merchants/jingan-lumiere/submit", false],
    ["merchant_staff", "GET", "/admin/merchants/jingan-lumiere", true],
    ["merchant_manager", "POST", "/admin/merchants/jingan-lumiere/review", false], // no approving oneself
    ["merchant_manager", "GET", "/admin/merchants", false],
    ["merchant_manager", "POST", "/admin/merchant-applications", false],
    // The dispatch board and the beauticians screen (issue 18).
    ["merchant_staff", "GET", "/admin/dispatch/queue", true],
    ["merchant_manager", "GET", "/admin/dispatch/positions", true],
    ["support_agent", "GET", "/admin/dispatch/queue", false],
    ["merchant_staff", "POST", "/admin/dispatch/queue", false],
    ["merchant_staff", "GET", "/admin/merchants/jingan-lumiere/beauticians", true],
    ["support_agent", "GET", "/admin/merchants/jingan-lumiere/beauticians", false],
    // A studio's customers: staff read and annotate; only a manager deletes a note; support never.
    ["merchant_staff", "GET", "/admin/merchants/jingan-lumiere/customers/cus_1", true],
    ["merchant_staff", "POST", "/admin/merchants/jingan-lumiere/customers/cus_1/notes", true],
    ["merchant_staff", "DELETE", "/admin/merchants/jingan-lumiere/customers/cus_1/notes/scnote_1", false],
    ["merchant_manager", "DELETE", "/admin/merchants/jingan-lumiere/customers/cus_1/notes/scnote_1", true],
    ["support_agent", "GET", "/admin/merchants/jingan-lumiere/customers", false],
    // Reports (M5): the manager's; the route keeps them to the manager's studio.
    ["merchant_manager", "GET", "/admin/reports/revenue", true],
    ["merchant_manager", "GET", "/admin/reports/dashboard", true],
    ["merchant_manager", "POST", "/admin/reports/revenue", false],
    ["merchant_staff", "GET", "/admin/reports/dashboard", false],
    ["support_agent", "GET", "/admin/reports/bookings", false],
  ] as const)("%s %s %s → %s", (role, method, path, allowed) => {
    expect(accessTo(staff(role), method, path).allowed).toBe(allowed)
  })

  it("names the object whose merchant must match, except for support across merchants", () => {
    expect(accessTo(staff("merchant_staff"), "POST", "/admin/beauticians/bea_9/time-off")).toEqual({ allowed: true, object: { kind: "beautician", id: "bea_9" }, acrossMerchants: false })
    expect(accessTo(staff("support_agent", null), "GET", "/admin/appointments/appt_9/dispatch")).toEqual({ allowed: true, object: { kind: "appointment", id: "appt_9" }, acrossMerchants: true })
  })

  it("gives a merchant role without a merchant no merchant's objects", () => {
    expect(accessTo(staff("merchant_manager", null), "GET", "/admin/beauticians/bea_1/working-hours").allowed).toBe(false)
  })
})

describe("staffFromUser", () => {
  it("reads known roles only", () => {
    expect(staffFromUser({ id: "u", metadata: { role: "merchant_staff", merchant_handle: "pudong-mosu" } })).toEqual({ userId: "u", role: "merchant_staff", merchantHandle: "pudong-mosu" })
    expect(staffFromUser({ id: "u", metadata: { role: "superuser" } }).role).toBeNull()
    expect(staffFromUser({ id: "u", metadata: null })).toEqual({ userId: "u", role: null, merchantHandle: null })
  })
})
