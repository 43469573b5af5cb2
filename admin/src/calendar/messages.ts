export const en = {
  name: "Calendar",
  title: "Appointments calendar",
  views: { list: "List", calendar: "Calendar" },
  beautician: "Beautician",
  everyone: "Everyone (day view)",
  show_cancelled: "Show cancelled",
  legend: "Colours by status",
  no_beauticians: "The studio has no beauticians yet.",
  loading: "Loading appointments",
  count: "%{smart_count} appointment |||| %{smart_count} appointments",
  hours: "Hours of the day",
  toolbar: { today: "Today", previous: "Previous", next: "Next", day: "Day", week: "Week", date: "Date", time: "Time", event: "Appointment", noEventsInRange: "No appointments in this range.", showMore: "+%{count} more" },
}

export const zh = {
  name: "日程",
  title: "预约日程",
  views: { list: "列表", calendar: "日程" },
  beautician: "美容师",
  everyone: "全部（日视图）",
  show_cancelled: "显示已取消",
  legend: "颜色表示状态",
  no_beauticians: "门店还没有美容师。",
  loading: "正在加载预约",
  count: "%{smart_count} 个预约",
  hours: "当天时段",
  toolbar: { today: "今天", previous: "往前", next: "往后", day: "日", week: "周", date: "日期", time: "时间", event: "预约", noEventsInRange: "这段时间没有预约。", showMore: "另有 %{count} 个" },
}
