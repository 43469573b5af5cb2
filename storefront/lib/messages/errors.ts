import type { Locale } from "../i18n"

/**
 * What a refusal's `code` means to a customer, with the way forward. Codes not
 * listed fall back to `UNKNOWN`; the API's own message is never shown as is.
 */
const zh: Record<string, string> = {
  UNKNOWN: "出了点问题，请重试。",
  UNAVAILABLE: "服务暂时无法连接，请稍后重试。",
  UNAUTHORIZED: "登录已过期，请重新登录。",
  INVALID_PHONE: "请输入正确的 11 位手机号。",
  INVALID_INPUT: "请检查填写的内容。",
  INVALID_DATA: "请检查填写的内容。",
  CODE_TOO_SOON: "验证码刚刚发过，请稍后再试。",
  SMS_RATE_LIMITED: "发送太频繁，请稍后再试。",
  TOO_MANY_CODES: "这个号码今天收到的验证码太多了，请一小时后再试。",
  TOO_MANY_REQUESTS: "请求太频繁，请稍后再试。",
  SMS_UNAVAILABLE: "短信暂时发不出去，请稍后重试或用邮箱登录。",
  WRONG_CODE: "验证码不正确或已过期，请重新获取。",
  WRONG_PASSWORD: "邮箱或密码不正确。",
  EMAIL_IN_USE: "这个邮箱已注册，请直接登录。",
  SLOT_UNAVAILABLE: "这个时段刚刚被预约了，请选择其他时间。",
  HOLD_EXPIRED: "时段保留已超时，请重新选择时间。",
  OUTSIDE_SERVICE_AREA: "这个地址暂不在服务范围内，请换一个地址。",
  START_IN_PAST: "这个时间已经过去了，请选择其他时间。",
  START_TOO_SOON: "这个时间太近了，美容师来不及赶到，请选择稍晚的时间。",
  START_OFF_GRID: "请从列表中选择时间。",
  BEYOND_HORIZON: "这个日期还不能预约，请选择更近的日期。",
  VARIANT_NOT_BOOKABLE: "这项服务暂时不能预约。",
  FIRST_BOOKING_USED: "首单优惠已经用过了，将按原价支付。",
  PROMOTION_NOT_FOUND: "优惠码无效或已过期。",
  INVALID_TRANSITION: "预约状态已变化，请刷新页面。",
  RESCHEDULE_TOO_LATE: "现在已不能改期，如需帮助请联系客服。",
  PAYMENT_FAILED: "支付没有完成，请重试或换一种支付方式。",
  APPOINTMENT_NOT_FOUND: "没有找到这个预约。",
  ALREADY_PAID: "这个预约已经付过款了。",
  ALREADY_REVIEWED: "您已经评价过这次服务了。",
  NOT_REVIEWABLE: "服务完成后才能评价。",
  REVIEW_WINDOW_CLOSED: "服务完成已超过 30 天，不能再评价了。",
}

const en: Record<string, string> = {
  UNKNOWN: "Something went wrong. Please try again.",
  UNAVAILABLE: "We can't reach our service right now. Please try again shortly.",
  UNAUTHORIZED: "Your session has ended. Please sign in again.",
  INVALID_PHONE: "Enter a valid 11-digit mobile number.",
  INVALID_INPUT: "Please check what you entered.",
  INVALID_DATA: "Please check what you entered.",
  CODE_TOO_SOON: "A code was just sent. Please wait a moment.",
  SMS_RATE_LIMITED: "Too many texts. Please try again later.",
  TOO_MANY_CODES: "This number got too many codes. Try again in an hour.",
  TOO_MANY_REQUESTS: "Too many tries. Please wait a moment.",
  SMS_UNAVAILABLE: "We can't send texts right now. Try again shortly, or sign in with email.",
  WRONG_CODE: "That code is wrong or has expired. Request a new one.",
  WRONG_PASSWORD: "Wrong email or password.",
  EMAIL_IN_USE: "This email already has an account. Sign in instead.",
  SLOT_UNAVAILABLE: "Someone just booked this time. Please pick another.",
  HOLD_EXPIRED: "Your hold on this time ran out. Please choose a time again.",
  OUTSIDE_SERVICE_AREA: "We don't come to this address yet. Please try another.",
  START_IN_PAST: "That time has passed. Please pick another.",
  START_TOO_SOON: "That's too soon for a beautician to get there. Please pick a later time.",
  START_OFF_GRID: "Please pick a time from the list.",
  BEYOND_HORIZON: "That date can't be booked yet. Please pick an earlier one.",
  VARIANT_NOT_BOOKABLE: "This service can't be booked right now.",
  FIRST_BOOKING_USED: "The first-booking offer was already used; you'll pay the regular price.",
  PROMOTION_NOT_FOUND: "This code isn't valid or has expired.",
  INVALID_TRANSITION: "This booking has changed. Please refresh.",
  RESCHEDULE_TOO_LATE: "This booking can no longer be moved. Customer service can help.",
  PAYMENT_FAILED: "The payment didn't go through. Try again or choose another way to pay.",
  APPOINTMENT_NOT_FOUND: "We couldn't find this booking.",
  ALREADY_PAID: "This booking is already paid.",
  ALREADY_REVIEWED: "You've already reviewed this visit.",
  NOT_REVIEWABLE: "You can review once the visit is done.",
  REVIEW_WINDOW_CLOSED: "Reviews close 30 days after the visit.",
}

const texts: Record<Locale, Record<string, string>> = { "zh-CN": zh, en }

export const errorText = (locale: Locale, code: string): string => texts[locale][code] ?? texts[locale].UNKNOWN
