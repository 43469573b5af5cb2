export const en = {
  name: "Review moderation",
  title: "Hide or show a review",
  hint: "Hidden reviews leave the beautician's page and rating at once. Every decision is logged with its reason.",
  fields: { id: "Review id" },
  hide: "Hide", show: "Show again", submit: "Save decision",
  hidden_done: "Review hidden", shown_done: "Review shown again",
}
export const zh = {
  name: "评价管理",
  title: "隐藏或恢复评价",
  hint: "隐藏的评价会立即从美容师主页和评分中移除。每次操作都会连同原因记录在案。",
  fields: { id: "评价编号" },
  hide: "隐藏", show: "恢复显示", submit: "保存",
  hidden_done: "评价已隐藏", shown_done: "评价已恢复显示",
}
