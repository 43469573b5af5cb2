import { ownSchedule } from "../schedule"

/** GET /pro/date-overrides — the dates on which the beautician works other hours than the week says. */
export const GET = ownSchedule.getDateOverrides
