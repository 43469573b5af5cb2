import { readNotice } from "../../../../inbox"

/** POST /store/notifications/:id/read — marks the customer's own notice read; another's is 404 `NOTIFICATION_NOT_FOUND`. */
export const POST = readNotice("customer")
