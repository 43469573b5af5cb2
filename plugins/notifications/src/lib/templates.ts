import type { Locale } from "./local-time"

/** What we tell people about their appointments. */
export const NOTIFICATION_KINDS = [
  "booking_confirmed",
  "beautician_assigned",
  "beautician_en_route",
  "reminder_24h",
  "reminder_2h",
  "rescheduled",
  "cancelled",
  "refunded",
  "review_request",
] as const
/** What we tell beauticians about their certifications (planned by plugins/training, sent from this outbox). */
export const CERTIFICATION_KINDS = ["certification_expiring"] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number] | (typeof CERTIFICATION_KINDS)[number]

/** Kinds a customer may turn off; everything else is part of the booking and always goes. */
export const OPTIONAL_KINDS: readonly NotificationKind[] = ["review_request"]

export type Audience = "customer" | "beautician"

export interface TemplateParams {
  /** The start as the recipient reads it (see `localStart`). */
  when: string
  /** The beautician's display name, for the customer. */
  beauticianName?: string | null
  /** The address's district, for the beautician (never the street before they need it). */
  district?: string | null
  /** The last four digits of the customer's phone, for the beautician. */
  phoneTail?: string | null
  /** Amounts as yuan text ("109.00"). */
  refund?: string | null
  fee?: string | null
  /** The certified skill's name (the course's title), for certification notices. */
  skill?: string | null
}

export interface Rendered {
  title: string
  body: string
}

type Template = (p: TemplateParams) => Rendered

const zhName = (p: TemplateParams) => p.beauticianName ?? "美容师"
const enName = (p: TemplateParams) => p.beauticianName ?? "Your beautician"
const zhPlace = (p: TemplateParams) => (p.district ? `（${p.district}）` : "")
const enPlace = (p: TemplateParams) => (p.district ? ` in ${p.district}` : "")

const CUSTOMER: Record<Locale, Partial<Record<NotificationKind, Template>>> = {
  "zh-CN": {
    booking_confirmed: (p) => ({ title: "预约成功", body: `您的上门服务已确认：${p.when}。我们正在为您安排美容师。` }),
    beautician_assigned: (p) => ({ title: "美容师已接单", body: `${zhName(p)}将于${p.when}上门为您服务。` }),
    beautician_en_route: (p) => ({ title: "美容师已出发", body: `${zhName(p)}已出发，正在前往您的地址（预约时间：${p.when}）。` }),
    reminder_24h: (p) => ({ title: "预约提醒", body: `您的上门服务在${p.when}${p.beauticianName ? `，美容师：${p.beauticianName}` : ""}。如需改期，请尽早操作。` }),
    reminder_2h: (p) => ({ title: "服务即将开始", body: `您的上门服务将于${p.when}开始，请保持电话畅通。` }),
    rescheduled: (p) => ({ title: "预约已改期", body: `您的预约已改到${p.when}。` }),
    cancelled: (p) => ({
      title: "预约已取消",
      body: `您${p.when}的预约已取消。${p.fee ? `按取消政策收取 ¥${p.fee}。` : ""}${p.refund ? `¥${p.refund} 将原路退回。` : ""}`,
    }),
    refunded: (p) => ({ title: "退款已退回", body: `¥${p.refund} 已退回您的付款账户，通常 1–3 个工作日到账。` }),
    review_request: (p) => ({ title: "服务已完成，请评价", body: `感谢选择 Doorstep！请为${zhName(p)}的服务打分，您的评价会帮助其他顾客。` }),
  },
  en: {
    booking_confirmed: (p) => ({ title: "Booking confirmed", body: `Your at-home appointment is confirmed for ${p.when}. We are finding your beautician.` }),
    beautician_assigned: (p) => ({ title: "Your beautician is set", body: `${enName(p)} will come to you ${p.when}.` }),
    beautician_en_route: (p) => ({ title: "Your beautician is on the way", body: `${enName(p)} is on the way to you (appointment ${p.when}).` }),
    reminder_24h: (p) => ({
      title: "Appointment reminder",
      body: `Your at-home appointment is ${p.when}${p.beauticianName ? ` with ${p.beauticianName}` : ""}. To change it, please do so soon.`,
    }),
    reminder_2h: (p) => ({ title: "Starting soon", body: `Your at-home appointment starts ${p.when}; please keep your phone at hand.` }),
    rescheduled: (p) => ({ title: "Appointment moved", body: `Your appointment is now ${p.when}.` }),
    cancelled: (p) => ({
      title: "Appointment cancelled",
      body: `Your appointment ${p.when} is cancelled.${p.fee ? ` A fee of ¥${p.fee} applies under the cancellation policy.` : ""}${p.refund ? ` ¥${p.refund} will be refunded to the account you paid with.` : ""}`,
    }),
    refunded: (p) => ({ title: "Refund issued", body: `¥${p.refund} has been refunded to the account you paid with; it usually arrives within 1–3 working days.` }),
    review_request: (p) => ({ title: "How was it?", body: `Thank you for choosing Doorstep! Please rate ${p.beauticianName ? `${p.beauticianName}'s` : "your beautician's"} service; it helps other customers.` }),
  },
}

const BEAUTICIAN: Record<Locale, Partial<Record<NotificationKind, Template>>> = {
  "zh-CN": {
    beautician_assigned: (p) => ({ title: "新订单", body: `新订单：${p.when}${zhPlace(p)}${p.phoneTail ? `，顾客电话尾号 ${p.phoneTail}` : ""}。` }),
    reminder_2h: (p) => ({ title: "订单即将开始", body: `${p.when}${zhPlace(p)}的订单即将开始，请按时出发。` }),
    rescheduled: (p) => ({ title: "订单已改期", body: `您的订单${zhPlace(p)}已改到${p.when}。` }),
    cancelled: (p) => ({ title: "订单已取消", body: `${p.when}${zhPlace(p)}的订单已取消，无需上门。` }),
    certification_expiring: (p) => ({ title: "认证即将到期", body: `您的「${p.skill ?? "技能"}」认证将于${p.when}到期，请在到期前重新通过考试，以免无法接到这项服务的订单。` }),
  },
  en: {
    beautician_assigned: (p) => ({ title: "New job", body: `New job ${p.when}${enPlace(p)}${p.phoneTail ? `; the customer's phone ends in ${p.phoneTail}` : ""}.` }),
    reminder_2h: (p) => ({ title: "Job starting soon", body: `Your job${enPlace(p)} starts ${p.when}; please leave in time.` }),
    rescheduled: (p) => ({ title: "Job moved", body: `Your job${enPlace(p)} is now ${p.when}.` }),
    cancelled: (p) => ({ title: "Job cancelled", body: `Your job ${p.when}${enPlace(p)} is cancelled; no need to go.` }),
    certification_expiring: (p) => ({
      title: "Certification expiring",
      body: `Your ${p.skill ? `"${p.skill}" ` : ""}certification expires ${p.when}; pass the exam again before then to keep receiving jobs for this service.`,
    }),
  },
}

/** The message for one recipient, in their language. */
export function render(kind: NotificationKind, audience: Audience, locale: Locale, params: TemplateParams): Rendered {
  const template = (audience === "customer" ? CUSTOMER : BEAUTICIAN)[locale][kind]
  if (!template) throw new Error(`No ${audience} template for ${kind}`)
  return template(params)
}

/** An SMS carries the sender's signature first, as China's carriers require. */
export const smsText = (message: Rendered, locale: Locale) => `【Doorstep】${message.title}${locale === "zh-CN" ? "：" : ": "}${message.body}`
