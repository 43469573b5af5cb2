export const en = {
  name: "Withdrawal |||| Withdrawals",
  empty: "No withdrawals with this status",
  fields: { created_at: "Requested", amount_fen: "Amount", merchant_name: "Studio", beautician_name: "Beautician", status: "Status", transfer_reference: "Transfer reference", actions: "Actions" },
  status: { requested: "Requested", approved: "Approved", paying: "Being paid", paid: "Paid", rejected: "Rejected" },
  done: "Withdrawal updated",
  actions: {
    approve: "Approve", approve_title: "Approve this withdrawal?",
    pay: "Pay", pay_title: "Pay this withdrawal", pay_hint: "Make the bank transfer first, then enter its reference; the ledger records the payment.",
    reject: "Reject", reject_title: "Reject this withdrawal",
  },
}
export const zh = {
  name: "提现",
  empty: "没有这个状态的提现",
  fields: { created_at: "申请时间", amount_fen: "金额", merchant_name: "门店", beautician_name: "美容师", status: "状态", transfer_reference: "转账流水号", actions: "操作" },
  status: { requested: "待审核", approved: "已批准", paying: "打款中", paid: "已打款", rejected: "已驳回" },
  done: "提现已更新",
  actions: {
    approve: "批准", approve_title: "批准这笔提现？",
    pay: "打款", pay_title: "为这笔提现打款", pay_hint: "请先完成银行转账，再填写转账流水号；账本将记录这笔付款。",
    reject: "驳回", reject_title: "驳回这笔提现",
  },
}
