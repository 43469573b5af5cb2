import { listInbox } from "../../inbox"

/** GET /store/notifications[?limit] — the customer's own in-app notices, newest first, with `unread_count`. */
export const GET = listInbox("customer")
