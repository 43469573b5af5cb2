import { listInbox } from "../../inbox"

/** GET /pro/notifications[?limit] — the beautician's own in-app notices, newest first, with `unread_count`. */
export const GET = listInbox("beautician")
