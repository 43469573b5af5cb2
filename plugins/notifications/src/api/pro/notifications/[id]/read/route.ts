import { readNotice } from "../../../../inbox"

/** POST /pro/notifications/:id/read — marks the beautician's own notice read; another's is 404 `NOTIFICATION_NOT_FOUND`. */
export const POST = readNotice("beautician")
