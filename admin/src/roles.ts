/**
 * Who sees what in the back office. The server's staff gate
 * (plugins/accounts/src/lib/staff-roles.ts) decides what each role may reach;
 * this table follows it so that nobody is shown a screen or a button that
 * would answer 403. Platform admins reach everything.
 */
export const STAFF_ROLES = ["platform_admin", "merchant_manager", "merchant_staff", "support_agent"] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

/** What `getPermissions` returns: the role and studio in the user's metadata. */
export interface Staff {
  role: StaffRole | null
  merchantHandle: string | null
}

export const NOBODY: Staff = { role: null, merchantHandle: null }

export function staffOf(metadata: Record<string, unknown> | null | undefined): Staff {
  const role = metadata?.role
  const handle = metadata?.merchant_handle
  return {
    role: (STAFF_ROLES as readonly unknown[]).includes(role) ? (role as StaffRole) : null,
    merchantHandle: typeof handle === "string" && handle ? handle : null,
  }
}

const ALL: readonly StaffRole[] = STAFF_ROLES
const STUDIO: readonly StaffRole[] = ["platform_admin", "merchant_manager", "merchant_staff"]
const MANAGER: readonly StaffRole[] = ["platform_admin", "merchant_manager"]
const PLATFORM: readonly StaffRole[] = ["platform_admin"]
const SUPPORT: readonly StaffRole[] = ["platform_admin", "support_agent"]

/** Each screen (a resource or a page) with who may read it, and each of its actions with who may take it. */
export const ACCESS = {
  appointments: { read: ALL, cancel: STUDIO, reschedule: STUDIO, refund: MANAGER },
  "beautician-applications": { read: STUDIO, decide: MANAGER },
  "studio-services": { read: STUDIO, write: MANAGER },
  // A studio's beauticians (issue 18): staff keep their hours and time off; suspending is the manager's call.
  beauticians: { read: STUDIO, schedule: STUDIO, status: MANAGER },
  calendar: { read: STUDIO },
  settings: { read: STUDIO, write: MANAGER },
  earnings: { read: STUDIO, statements: MANAGER },
  merchants: { read: PLATFORM, review: PLATFORM, commission: PLATFORM },
  withdrawals: { read: PLATFORM, decide: PLATFORM },
  tickets: { read: ALL, reply: ALL, settle: SUPPORT },
  // Reviews (issue 18): a studio's staff read and reply to their studio's; support reads every studio's and moderates.
  reviews: { read: ALL, reply: STUDIO, moderate: SUPPORT },
  services: { read: PLATFORM },
  orders: { read: PLATFORM },
  // The dispatch board: GET /admin/dispatch/queue|positions and POST /admin/appointments/:id/assign (merchant roles and the platform).
  dispatch: { read: STUDIO, assign: STUDIO },
  // The dashboard and reports (M5): a studio's manager for their studio, the platform for one or every studio.
  dashboard: { read: MANAGER },
  reports: { read: MANAGER, export: MANAGER },
  customers: { read: STUDIO, tags: STUDIO, note: STUDIO, deleteNote: MANAGER },
  "access-log": { read: PLATFORM },
  promotions: { read: STUDIO, write: MANAGER },
} as const satisfies Record<string, Record<string, readonly StaffRole[]>>

export type Screen = keyof typeof ACCESS

/** Whether `staff` may take `action` (default: read) on `screen`. */
export function can(staff: Staff | undefined, screen: Screen, action = "read"): boolean {
  if (!staff?.role) return false
  const rule = (ACCESS[screen] as Record<string, readonly StaffRole[]>)[action]
  return rule?.includes(staff.role) ?? false
}

/** Studio roles work on their own studio; the platform picks one. */
export const isStudioRole = (staff: Staff | undefined) => staff?.role === "merchant_manager" || staff?.role === "merchant_staff"
