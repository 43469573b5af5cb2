/**
 * Who may call which `/pro` route. A person who signed in by phone code but is
 * not a beautician yet holds a beautician-scoped token without a beautician;
 * they may only see the studios taking applications and apply
 * (`@doorstep/studios`: `/pro/studios`, `/pro/application...`), which check
 * such tokens themselves. Every other `/pro` route needs a beautician.
 */
export const APPLICANT_ROUTES = ["studios", "application"] as const

/**
 * Every `/pro` path but the applicants' (case-insensitive, as Express routes
 * are). It matches "/pro" alone, the lookaheads doing the rest: Express skips
 * a middleware whose match does not end at a "/" of the path.
 */
export const BEAUTICIAN_ROUTES = new RegExp(`^/pro(?=/|$)(?!/(?:${APPLICANT_ROUTES.join("|")})(?:/|$))`, "i")
