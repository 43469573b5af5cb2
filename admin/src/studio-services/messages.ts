export const en = {
  name: "Studio service |||| Services & prices",
  empty: "No services yet",
  empty_hint: "Add the studio's own services with a price for each duration.",
  fields: {
    title: "Service", title_zh: "Name (Chinese)", title_en: "Name (English)", subtitle: "Subtitle", subtitle_zh: "Subtitle (Chinese)", subtitle_en: "Subtitle (English)",
    category: "Category", status: "Status", variants: "Durations and prices", variant_zh: "Option (Chinese)", variant_en: "Option (English)",
    duration: "Minutes", price: "Price (¥)", handle: "Handle",
  },
  status: { published: "On sale", draft: "Draft", proposed: "Proposed", rejected: "Rejected" },
  categories: { facial: "Facial", hair: "Hair", nails: "Nails", massage: "Massage" },
  minutes: "%{count} min",
  delete_hint: "Delete this service? One that has bookings can't be deleted; unpublish it instead.",
  validation: { price: "From ¥1 to ¥10,000", minutes: "In steps of 5 minutes", words: "2 to the allowed number of characters" },
}
export const zh = {
  name: "服务与价格",
  empty: "还没有服务",
  empty_hint: "添加门店自己的服务，并为每个时长定价。",
  fields: {
    title: "服务", title_zh: "名称（中文）", title_en: "名称（英文）", subtitle: "副标题", subtitle_zh: "副标题（中文）", subtitle_en: "副标题（英文）",
    category: "分类", status: "状态", variants: "时长与价格", variant_zh: "规格（中文）", variant_en: "规格（英文）",
    duration: "分钟", price: "价格（¥）", handle: "标识",
  },
  status: { published: "已上架", draft: "草稿", proposed: "待审核", rejected: "已驳回" },
  categories: { facial: "面部护理", hair: "美发", nails: "美甲", massage: "按摩" },
  minutes: "%{count} 分钟",
  delete_hint: "删除这项服务？已有预约的服务不能删除，请改为下架。",
  validation: { price: "¥1 至 ¥10,000", minutes: "以 5 分钟为单位", words: "至少 2 个字符，不超过上限" },
}
