import { model } from "@medusajs/framework/utils"

/**
 * A beautician's calendar subscription (an iCalendar feed at a secret URL).
 * The URL's token is an HMAC of the beautician and `salt` under the server's
 * feed secret, so it can be shown again without being stored: only its hash
 * is kept, to find the feed a request names. A new salt (renew) kills the old URL.
 */
export const CalendarFeed = model
  .define("calendar_feed", {
    id: model.id({ prefix: "calfeed" }).primaryKey(),
    beautician_id: model.text(),
    salt: model.text(),
    /** SHA-256 of the URL's token, hex. */
    token_hash: model.text(),
  })
  .indexes([
    { on: ["beautician_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["token_hash"], unique: true, where: "deleted_at IS NULL" },
  ])
