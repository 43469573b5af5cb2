/**
 * What a refusal's `code` means to back-office staff, with the way forward
 * (mirrors storefront/lib/messages/errors.ts for the codes the admin routes
 * answer). The API's own message is never shown as is; unknown codes fall back
 * to their status's meaning.
 */
export const errorsZh: Record<string, string> = {
  UNKNOWN: "出了点问题，请重试。",
  NO_STUDIO: "请先在顶栏选择门店。",
  UNAVAILABLE: "无法连接服务器，请检查网络后重试。",
  UNAUTHORIZED: "登录已过期，请重新登录。",
  FORBIDDEN: "您的角色无权进行此操作。",
  FORBIDDEN_FOR_ROLE: "您的角色无权进行此操作。",
  NOT_FOUND: "没有找到，可能已被删除或不属于您的门店。请刷新页面。",
  CONFLICT: "数据刚刚被修改了，请刷新后重试。",
  TOO_MANY_REQUESTS: "操作太频繁，请稍后再试。",
  INVALID_INPUT: "请检查填写的内容。",
  INVALID_DATA: "请检查填写的内容。",
  INVALID_TRANSITION: "状态已变化，这个操作现在不能进行。请刷新页面查看最新状态。",
  MERCHANT_NOT_FOUND: "没有找到这家门店。",
  APPLICATION_NOT_FOUND: "没有找到这份申请，请刷新列表。",
  DOCUMENT_NOT_FOUND: "这份证件照片已不存在。",
  BEAUTICIAN_NOT_FOUND: "这位美容师不属于本门店或已不存在。",
  DOCUMENTS_MISSING: "请先上传营业执照信息，再提交审核。",
  INVALID_CREDIT_CODE: "统一社会信用代码有误，请核对 18 位代码。",
  HANDLE_TAKEN: "这个门店标识已被使用，请换一个。",
  INVALID_POLICY: "取消规则不合理：越晚取消，费用不能越低。请检查各档时间和比例。",
  INVALID_DEPOSIT_PERCENT: "定金须为价格的 10%–90%（整数）；全额支付不设定金。",
  INVALID_COMMISSION_TIERS: "阶梯须从 0 开始、起点逐级升高，费率在 0–10000 基点之间。",
  UNKNOWN_CATEGORY: "没有这个分类，请从列表中选择。",
  UNKNOWN_VARIANT: "这项服务没有这个时长，请刷新后重试。",
  DUPLICATE_VARIANT: "有两个规格的时长相同，请修改。",
  SERVICE_NOT_FOUND: "没有找到这项服务，请刷新列表。",
  SERVICE_HAS_BOOKINGS: "这项服务已有预约，不能删除；请改为下架。",
  WITHDRAWAL_NOT_FOUND: "没有找到这笔提现，请刷新列表。",
  PAYOUT_FAILED: "打款失败，提现仍为已批准。请核对转账信息后重试。",
  INSUFFICIENT_BALANCE: "余额不足。",
  REVIEW_NOT_FOUND: "没有找到这条评价，请核对评价编号。",
  TICKET_NOT_FOUND: "没有找到这个工单。",
  TICKET_CLOSED: "这个工单已关闭，不能再回复。",
  SKILL_NOT_A_SERVICE: "所选技能不是平台服务。",
  SKILL_OF_ANOTHER_STUDIO: "所选服务属于其他门店。",
  ALREADY_APPLIED: "此人已有一份在审核中的申请。",
  INVALID_ID_NUMBER: "身份证号码有误，请核对 18 位号码。",
}

export const errorsEn: Record<string, string> = {
  UNKNOWN: "Something went wrong. Please try again.",
  NO_STUDIO: "Choose a studio in the top bar first.",
  UNAVAILABLE: "Can't reach the server. Check the connection and try again.",
  UNAUTHORIZED: "Your session has ended. Please sign in again.",
  FORBIDDEN: "Your role may not do this.",
  FORBIDDEN_FOR_ROLE: "Your role may not do this.",
  NOT_FOUND: "Not found: it may have been removed, or it is not your studio's. Refresh the page.",
  CONFLICT: "This was just changed. Refresh and try again.",
  TOO_MANY_REQUESTS: "Too many tries. Please wait a moment.",
  INVALID_INPUT: "Please check what you entered.",
  INVALID_DATA: "Please check what you entered.",
  INVALID_TRANSITION: "Its status has changed, so this can't be done now. Refresh to see where it stands.",
  MERCHANT_NOT_FOUND: "No such studio.",
  APPLICATION_NOT_FOUND: "No such application. Refresh the list.",
  DOCUMENT_NOT_FOUND: "This document photo no longer exists.",
  BEAUTICIAN_NOT_FOUND: "This beautician is not your studio's, or no longer exists.",
  DOCUMENTS_MISSING: "Hand in the business licence before submitting.",
  INVALID_CREDIT_CODE: "That unified social credit code is not valid; check its 18 characters.",
  HANDLE_TAKEN: "That studio handle is taken; choose another.",
  INVALID_POLICY: "Those terms would make cancelling later cheaper. Check each tier's hours and fee.",
  INVALID_DEPOSIT_PERCENT: "A deposit is a whole 10–90 % of the price; full payment takes none.",
  INVALID_COMMISSION_TIERS: "Tiers start at 0, rise strictly, and stay within 0–10000 bp.",
  UNKNOWN_CATEGORY: "No such category; choose one from the list.",
  UNKNOWN_VARIANT: "This service has no such duration. Refresh and try again.",
  DUPLICATE_VARIANT: "Two options have the same duration; change one.",
  SERVICE_NOT_FOUND: "No such service. Refresh the list.",
  SERVICE_HAS_BOOKINGS: "This service has bookings and can't be deleted; unpublish it instead.",
  WITHDRAWAL_NOT_FOUND: "No such withdrawal. Refresh the list.",
  PAYOUT_FAILED: "The payout failed; the withdrawal stays approved. Check the transfer and try again.",
  INSUFFICIENT_BALANCE: "The balance is too low.",
  REVIEW_NOT_FOUND: "No such review; check its id.",
  TICKET_NOT_FOUND: "No such ticket.",
  TICKET_CLOSED: "This ticket is closed and takes no more replies.",
  SKILL_NOT_A_SERVICE: "A chosen skill is not one of the platform's services.",
  SKILL_OF_ANOTHER_STUDIO: "A chosen service belongs to another studio.",
  ALREADY_APPLIED: "This person already has an application under review.",
  INVALID_ID_NUMBER: "That ID number is not valid; check its 18 digits.",
}

const BY_STATUS: Record<number, string> = { 0: "UNAVAILABLE", 400: "INVALID_INPUT", 401: "UNAUTHORIZED", 403: "FORBIDDEN", 404: "NOT_FOUND", 409: "CONFLICT", 429: "TOO_MANY_REQUESTS" }

/** The translation key of a code's meaning: the code's own, else its status's, else UNKNOWN. */
export function errorKey(code: string, status: number): string {
  if (code in errorsEn) return `doorstep.errors.${code}`
  return `doorstep.errors.${BY_STATUS[status] ?? "UNKNOWN"}`
}
