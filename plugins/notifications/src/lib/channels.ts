import type { Audience, NotificationKind } from "./templates"

export const CHANNELS = ["in_app", "sms", "email", "wechat"] as const
export type Channel = (typeof CHANNELS)[number]

/** Where a person can be reached; absent ones are skipped. */
export interface Contacts {
  phone?: string | null
  email?: string | null
  /** Their openid for our WeChat mini program or official account, from WeChat sign-in. */
  wechat_openid?: string | null
}

/**
 * Which channels carry which notice. In-app always; an SMS costs money and
 * interrupts, so it goes only where acting at once matters (the booking, the
 * beautician at the door, changes, money); email carries what is worth
 * keeping; a WeChat subscription message goes wherever the customer allowed one.
 */
const ROUTES: Record<Audience, Partial<Record<NotificationKind, Channel[]>>> = {
  customer: {
    booking_confirmed: ["in_app", "sms", "email", "wechat"],
    beautician_assigned: ["in_app", "wechat"],
    beautician_en_route: ["in_app", "sms", "wechat"],
    reminder_24h: ["in_app", "email", "wechat"],
    reminder_2h: ["in_app", "sms", "wechat"],
    rescheduled: ["in_app", "sms", "email", "wechat"],
    cancelled: ["in_app", "sms", "email", "wechat"],
    refunded: ["in_app", "sms", "email", "wechat"],
    review_request: ["in_app", "email", "wechat"],
  },
  beautician: {
    beautician_assigned: ["in_app", "sms"],
    reminder_2h: ["in_app"],
    rescheduled: ["in_app", "sms"],
    cancelled: ["in_app", "sms"],
    certification_expiring: ["in_app", "sms"],
  },
}

/** Phone-only customers carry a placeholder address under the reserved `.invalid` domain: nothing is ever sent there. */
const deliverableEmail = (email: string | null | undefined) => (email && !/\.invalid$/i.test(email) ? email : null)

/** The channels a notice goes out on for this person, each with its address (`null` for in-app), of those `available`. */
export function routesFor(kind: NotificationKind, audience: Audience, contacts: Contacts, available: ReadonlySet<Channel> = new Set(CHANNELS)): Array<{ channel: Channel; to: string | null }> {
  const address: Record<Channel, string | null> = {
    in_app: null,
    sms: contacts.phone || null,
    email: deliverableEmail(contacts.email),
    wechat: contacts.wechat_openid || null,
  }
  return (ROUTES[audience][kind] ?? [])
    .filter((channel) => available.has(channel) && (channel === "in_app" || address[channel]))
    .map((channel) => ({ channel, to: address[channel] }))
}

/** The kinds of notice that go to this audience on this channel (a vendor needs a template for each). */
export const kindsOn = (audience: Audience, channel: Channel): NotificationKind[] =>
  (Object.entries(ROUTES[audience]) as Array<[NotificationKind, Channel[]]>).filter(([, channels]) => channels.includes(channel)).map(([kind]) => kind)
