import type { Locale } from "../locale"

/** The customer's in-app notices and how notices reach them. */
export const inbox = {
  "zh-CN": {
    inboxTitle: "消息",
    unreadCount: (n: number) => (n > 0 ? `${n} 条未读` : "全部已读"),
    noNotices: "还没有消息。预约、美容师出发、退款等进展都会在这里通知您。",
    unread: "未读",
    markRead: "标为已读",
    openNotice: "查看",
    preferencesTitle: "通知设置",
    noticeLanguage: "通知语言",
    languageNames: { "zh-CN": "中文", en: "English" } satisfies Record<Locale, string>,
    reviewRequests: "服务完成后邀请我评价",
    reviewRequestsHint: "关于预约本身的通知（确认、提醒、改期、退款）会一直发送。",
    savePreferences: "保存设置",
    preferencesSaved: "通知设置已保存。",
  },
  en: {
    inboxTitle: "Inbox",
    unreadCount: (n: number) => (n > 0 ? `${n} unread` : "All read"),
    noNotices: "No messages yet. News about your bookings, your beautician on the way and refunds will appear here.",
    unread: "Unread",
    markRead: "Mark as read",
    openNotice: "View",
    preferencesTitle: "Notification settings",
    noticeLanguage: "Language of notices",
    languageNames: { "zh-CN": "中文", en: "English" } satisfies Record<Locale, string>,
    reviewRequests: "Ask me for a review after a visit",
    reviewRequestsHint: "Notices about the bookings themselves (confirmations, reminders, changes, refunds) always come.",
    savePreferences: "Save settings",
    preferencesSaved: "Notification settings saved.",
  },
} satisfies Record<Locale, Record<string, unknown>>
