import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { bookPaidBalances } from "../lib/balances"

/** A balance's order placed: the deposit booking is paid in full, and the balance is booked like the job's price. */
export default async function bookBalanceOrders({ event, container }: SubscriberArgs<{ id: string }>) {
  await bookPaidBalances(container, event.data.id)
}

export const config: SubscriberConfig = { event: "order.placed" }
