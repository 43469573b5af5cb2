/**
 * Who works in the back office, and what each may reach. Roles live in the
 * Medusa user's `metadata.role`; merchant roles also carry
 * `metadata.merchant_handle`. A user without a role reaches nothing.
 */
export const STAFF_ROLES = ["platform_admin", "merchant_manager", "merchant_staff", "support_agent"] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

export interface StaffMember {
  userId: string
  role: StaffRole | null
  merchantHandle: string | null
}

/** Whose objects a route touches, so the gate can check they belong to the staff member's merchant. */
export type RouteObject = { kind: "beautician"; id: string } | { kind: "appointment"; id: string } | { kind: "merchant"; handle: string } | { kind: "none" }

interface RouteRule {
  method: string
  path: RegExp
  roles: readonly StaffRole[]
  object: (match: RegExpMatchArray) => RouteObject
  /** Roles that may reach the object whatever its merchant (support works across the platform). */
  acrossMerchants?: readonly StaffRole[]
}

const MERCHANT_ROLES: readonly StaffRole[] = ["merchant_manager", "merchant_staff"]
const beautician = (match: RegExpMatchArray): RouteObject => ({ kind: "beautician", id: match[1] })
const appointment = (match: RegExpMatchArray): RouteObject => ({ kind: "appointment", id: match[1] })
const merchant = (match: RegExpMatchArray): RouteObject => ({ kind: "merchant", handle: match[1] })

/** The back-office routes open to roles other than the platform's admins; every other `/admin` route is theirs alone. */
const RULES: readonly RouteRule[] = [
  { method: "GET", path: /^\/admin\/users\/me\/?$/, roles: STAFF_ROLES, object: () => ({ kind: "none" }) },
  { method: "*", path: /^\/admin\/beauticians\/([^/]+)\/(?:working-hours|time-off|date-overrides)(?:\/[^/]+)?\/?$/, roles: MERCHANT_ROLES, object: beautician },
  { method: "GET", path: /^\/admin\/appointments\/([^/]+)\/dispatch\/?$/, roles: [...MERCHANT_ROLES, "support_agent"], object: appointment, acrossMerchants: ["support_agent"] },
  { method: "POST", path: /^\/admin\/appointments\/([^/]+)\/assign\/?$/, roles: MERCHANT_ROLES, object: appointment },
  { method: "GET", path: /^\/admin\/merchants\/([^/]+)(?:\/earnings|\/settings)?\/?$/, roles: MERCHANT_ROLES, object: merchant },
  { method: "GET", path: /^\/admin\/merchants\/([^/]+)\/statements\/[^/]+\/?$/, roles: ["merchant_manager"], object: merchant },
  { method: "POST", path: /^\/admin\/merchants\/([^/]+)\/settings\/?$/, roles: ["merchant_manager"], object: merchant },
  { method: "POST", path: /^\/admin\/merchants\/([^/]+)\/(?:documents|submit)\/?$/, roles: ["merchant_manager"], object: merchant },
  { method: "*", path: /^\/admin\/merchants\/([^/]+)\/beautician-applications\/?$/, roles: MERCHANT_ROLES, object: merchant },
  { method: "POST", path: /^\/admin\/merchants\/([^/]+)\/beautician-applications\/[^/]+\/decide\/?$/, roles: ["merchant_manager"], object: merchant },
  { method: "GET", path: /^\/admin\/merchants\/([^/]+)\/beautician-applications\/[^/]+\/documents\/[^/]+\/?$/, roles: MERCHANT_ROLES, object: merchant },
  { method: "POST", path: /^\/admin\/merchants\/([^/]+)\/beauticians\/[^/]+\/status\/?$/, roles: ["merchant_manager"], object: merchant },
  { method: "GET", path: /^\/admin\/merchants\/([^/]+)\/services(?:\/[^/]+)?\/?$/, roles: MERCHANT_ROLES, object: merchant },
  { method: "POST", path: /^\/admin\/merchants\/([^/]+)\/services(?:\/[^/]+)?\/?$/, roles: ["merchant_manager"], object: merchant },
  { method: "DELETE", path: /^\/admin\/merchants\/([^/]+)\/services\/[^/]+\/?$/, roles: ["merchant_manager"], object: merchant },
  { method: "GET", path: /^\/admin\/merchants\/([^/]+)\/beauticians\/[^/]+\/performance\/?$/, roles: MERCHANT_ROLES, object: merchant },
  { method: "POST", path: /^\/admin\/merchants\/([^/]+)\/reviews\/[^/]+\/reply\/?$/, roles: MERCHANT_ROLES, object: merchant },
  { method: "POST", path: /^\/admin\/reviews\/[^/]+\/moderate\/?$/, roles: ["support_agent"], object: () => ({ kind: "none" }) },
  // The reviews lists (issue 18): a studio's under the studio, to read and reply; every studio's for support, who moderate.
  { method: "GET", path: /^\/admin\/merchants\/([^/]+)\/reviews\/?$/, roles: MERCHANT_ROLES, object: merchant },
  { method: "GET", path: /^\/admin\/reviews\/?$/, roles: ["support_agent"], object: () => ({ kind: "none" }) },
  { method: "GET", path: /^\/admin\/merchants\/([^/]+)\/tickets(?:\/[^/]+)?\/?$/, roles: MERCHANT_ROLES, object: merchant },
  { method: "POST", path: /^\/admin\/merchants\/([^/]+)\/tickets\/[^/]+\/messages\/?$/, roles: MERCHANT_ROLES, object: merchant },
  { method: "*", path: /^\/admin\/tickets(?:\/[^/]+(?:\/(?:messages|status))?)?\/?$/, roles: ["support_agent"], object: () => ({ kind: "none" }) },
  // The dispatch board and the beauticians screen (issue 18): the queue and the map take the studio from the
  // staff member on the server (`studioScope`), so they name no object here; the beauticians list is under its studio.
  { method: "GET", path: /^\/admin\/dispatch\/(?:queue|positions)\/?$/, roles: MERCHANT_ROLES, object: () => ({ kind: "none" }) },
  { method: "GET", path: /^\/admin\/merchants\/([^/]+)\/beauticians\/?$/, roles: MERCHANT_ROLES, object: merchant },
  // A studio's customers (M6): its staff read them and keep tags and notes; only a manager deletes a note.
  { method: "GET", path: /^\/admin\/merchants\/([^/]+)\/customers(?:\/[^/]+)?\/?$/, roles: MERCHANT_ROLES, object: merchant },
  { method: "POST", path: /^\/admin\/merchants\/([^/]+)\/customers\/[^/]+\/(?:tags|notes)\/?$/, roles: MERCHANT_ROLES, object: merchant },
  { method: "DELETE", path: /^\/admin\/merchants\/([^/]+)\/customers\/[^/]+\/notes\/[^/]+\/?$/, roles: ["merchant_manager"], object: merchant },
  // Reports and the dashboard (M5): a studio's manager, for their own studio only (the route decides the studio on the server).
  // Not studio staff (revenue, commission and each colleague's figures are the owner's business) nor support (they work single cases).
  { method: "GET", path: /^\/admin\/reports\/[^/]+\/?$/, roles: ["merchant_manager"], object: () => ({ kind: "none" }) },
  // Appointments (issue 18): the list takes the studio from the staff member on the server (`studioScope`); one
  // appointment is its studio's (support reads any, to work a case). Staff cancel and move for their customers;
  // giving money back after the fact is the manager's call.
  { method: "GET", path: /^\/admin\/appointments\/?$/, roles: [...MERCHANT_ROLES, "support_agent"], object: () => ({ kind: "none" }) },
  { method: "GET", path: /^\/admin\/appointments\/([^/]+)\/?$/, roles: [...MERCHANT_ROLES, "support_agent"], object: appointment, acrossMerchants: ["support_agent"] },
  { method: "POST", path: /^\/admin\/appointments\/([^/]+)\/(?:cancel|reschedule)\/?$/, roles: MERCHANT_ROLES, object: appointment },
  { method: "POST", path: /^\/admin\/appointments\/([^/]+)\/refund\/?$/, roles: ["merchant_manager"], object: appointment },
  // Promotions (M10): a studio's codes for its own services; its staff read them, its manager writes them. The
  // platform's own and every studio's (`/admin/marketing/promotions`) are platform admins' alone.
  { method: "GET", path: /^\/admin\/merchants\/([^/]+)\/promotions(?:\/[^/]+)?\/?$/, roles: MERCHANT_ROLES, object: merchant },
  { method: "POST", path: /^\/admin\/merchants\/([^/]+)\/promotions(?:\/[^/]+)?\/?$/, roles: ["merchant_manager"], object: merchant },
  { method: "DELETE", path: /^\/admin\/merchants\/([^/]+)\/promotions\/[^/]+\/?$/, roles: ["merchant_manager"], object: merchant },
]

export type Access = { allowed: false } | { allowed: true; object: RouteObject; acrossMerchants: boolean }

/** What `staff` may do with `method path`: nothing, everything (platform admins), or the route with its object still to be checked. */
export function accessTo(staff: StaffMember, method: string, path: string): Access {
  if (staff.role === "platform_admin") return { allowed: true, object: { kind: "none" }, acrossMerchants: true }
  if (!staff.role) return { allowed: false }
  for (const rule of RULES) {
    if (rule.method !== "*" && rule.method !== method) continue
    const match = path.match(rule.path)
    if (!match) continue
    if (!rule.roles.includes(staff.role)) return { allowed: false }
    // A merchant role without a merchant reaches no merchant's objects.
    const acrossMerchants = rule.acrossMerchants?.includes(staff.role) ?? false
    if (!acrossMerchants && !staff.merchantHandle && rule.object(match).kind !== "none") return { allowed: false }
    return { allowed: true, object: rule.object(match), acrossMerchants }
  }
  return { allowed: false }
}

/** The role and merchant in a user's metadata, if they are ones we know. */
export function staffFromUser(user: { id: string; metadata?: Record<string, unknown> | null }): StaffMember {
  const role = user.metadata?.role
  const merchant = user.metadata?.merchant_handle
  return {
    userId: user.id,
    role: (STAFF_ROLES as readonly unknown[]).includes(role) ? (role as StaffRole) : null,
    merchantHandle: typeof merchant === "string" && merchant ? merchant : null,
  }
}
