export const en = {
  name: "Beautician application |||| Beautician applications",
  empty: "No applications yet",
  empty_hint: "Applications from beauticians joining the studio appear here.",
  no_documents: "No photos with this application.",
  fields: {
    display_name: "Name", status: "Status", status_reason: "Reason", certificates: "Certificates", documents: "ID and certificate photos",
    created_at: "Applied", id_number_last4: "ID number", background_check_consent_at: "Background check consent", bio: "About",
  },
  status: { submitted: "Awaiting the studio", merchant_approved: "Awaiting the platform", approved: "Approved", rejected: "Rejected" },
  kinds: { id_card: "ID card", certificate: "Certificate" },
  done: "Decision saved",
  actions: {
    approve: "Approve", approve_title: "Approve this application?",
    approve_hint_submitted: "The platform reviews it next; the beautician takes jobs once both have approved.",
    approve_hint_merchant_approved: "The beautician becomes active and bookable at once.",
    reject: "Reject", reject_title: "Reject this application",
    beautician: "The beautician's page",
  },
}
export const zh = {
  name: "美容师申请",
  empty: "还没有申请",
  empty_hint: "美容师申请加入门店后，会出现在这里。",
  no_documents: "这份申请没有照片。",
  fields: {
    display_name: "姓名", status: "状态", status_reason: "原因", certificates: "证书", documents: "身份证与证书照片",
    created_at: "申请时间", id_number_last4: "身份证号", background_check_consent_at: "同意背景调查", bio: "简介",
  },
  status: { submitted: "待门店审核", merchant_approved: "待平台审核", approved: "已通过", rejected: "已驳回" },
  kinds: { id_card: "身份证", certificate: "证书" },
  done: "已保存审核决定",
  actions: {
    approve: "通过", approve_title: "通过这份申请？",
    approve_hint_submitted: "接下来由平台审核；双方都通过后，美容师即可接单。",
    approve_hint_merchant_approved: "美容师将立即生效，可被预约。",
    reject: "驳回", reject_title: "驳回这份申请",
    beautician: "查看美容师",
  },
}
