import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { bookPaidTips } from "../lib/tips"

/** A tip's order placed: the tip is paid, and booked wholly to the beautician. */
export default async function bookTips({ event, container }: SubscriberArgs<{ id: string }>) {
  await bookPaidTips(container, event.data.id)
}

export const config: SubscriberConfig = { event: "order.placed" }
