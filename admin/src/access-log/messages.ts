export const en = {
  name: "Access log",
  empty: "No reads match",
  empty_hint: "Each time staff open customers' personal data it is recorded here. The log cannot be changed.",
  limit: "The latest 200 reads; filter by a staff user or a record to look further back.",
  fields: {
    created_at: "Time",
    actor_id: "Staff user",
    role: "Role",
    merchant_handle: "Studio",
    route: "What was read",
    subject_id: "Record",
    status: "Answer",
  },
  roles: { platform_admin: "Platform admin", merchant_manager: "Studio manager", merchant_staff: "Studio staff", support_agent: "Support" },
  filter_by: "Show only %{value}",
}
export const zh = {
  name: "访问日志",
  empty: "没有符合条件的记录",
  empty_hint: "员工每次查看客户个人信息都会记录在这里，日志不可修改。",
  limit: "显示最近 200 条；按员工或记录筛选可查看更早的记录。",
  fields: {
    created_at: "时间",
    actor_id: "员工",
    role: "角色",
    merchant_handle: "门店",
    route: "查看内容",
    subject_id: "记录",
    status: "结果",
  },
  roles: { platform_admin: "平台管理员", merchant_manager: "门店经理", merchant_staff: "门店员工", support_agent: "客服" },
  filter_by: "只看 %{value}",
}
