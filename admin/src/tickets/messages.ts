export const en = {
  name: "Ticket |||| Tickets",
  empty: "No tickets with this status",
  fields: { subject: "Subject", kind: "Kind", status: "Status", merchant_handle: "Studio", appointment_id: "Appointment", last_message_at: "Last message", created_at: "Opened" },
  status: { open: "Waiting for us", awaiting_customer: "Waiting for the customer", resolved: "Resolved", closed: "Closed" },
  kinds: { feedback: "Feedback", complaint: "Complaint" },
  authors: { customer: "Customer", staff: "Staff", internal: "Internal note" },
  thread: "Messages",
  reply: "Reply to the customer", note: "Internal note (only staff see it)", internal: "Internal note", send: "Send reply", save_note: "Save note",
  sent: "Reply sent", noted: "Note saved", settled: "Ticket updated",
  actions: {
    resolve: "Resolve", resolve_title: "Mark this ticket resolved?", resolve_hint: "The customer's next message reopens it.",
    close: "Close", close_title: "Close this ticket?",
  },
}
export const zh = {
  name: "工单",
  empty: "没有这个状态的工单",
  fields: { subject: "主题", kind: "类型", status: "状态", merchant_handle: "门店", appointment_id: "预约", last_message_at: "最新消息", created_at: "创建时间" },
  status: { open: "待处理", awaiting_customer: "待客户回复", resolved: "已解决", closed: "已关闭" },
  kinds: { feedback: "反馈", complaint: "投诉" },
  authors: { customer: "客户", staff: "客服", internal: "内部备注" },
  thread: "消息",
  reply: "回复客户", note: "内部备注（仅员工可见）", internal: "内部备注", send: "发送回复", save_note: "保存备注",
  sent: "已发送回复", noted: "已保存备注", settled: "工单已更新",
  actions: {
    resolve: "标记已解决", resolve_title: "将这个工单标记为已解决？", resolve_hint: "客户再次留言会重新打开工单。",
    close: "关闭", close_title: "关闭这个工单？",
  },
}
