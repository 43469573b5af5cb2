/**
 * A customer's first booking: they have never had a visit booked, kept or
 * done (a cancelled one does not count). Promotions for first bookings carry
 * the rule `doorstep.first_booking eq "true"` (the money plugin sets it in the
 * promotion context); completing a cart that used one checks it again, under
 * a lock per customer, so two carts completed at once get one first booking.
 */
export const FIRST_BOOKING_RULE = { attribute: "doorstep.first_booking", operator: "eq" as const, values: ["true"] }

/** The statuses that make a booking count. */
export const BOOKED_STATUSES = ["confirmed", "assigned", "en_route", "arrived", "in_service", "completed", "no_show"] as const
