import { mergeTranslations, type TranslationMessages } from "react-admin"
import { en } from "./en"
import { errorsZh } from "./errors"
import { resourcesIn } from "./resources"

/** Simplified Chinese; any key not translated here falls back to English rather than showing a key. */
export const zhCN: TranslationMessages = mergeTranslations(en, {
  ra: {
    action: {
      add_filter: "添加筛选", add: "添加", back: "返回", cancel: "取消", clear_input_value: "清空", clone: "复制",
      confirm: "确认", create: "新建", delete: "删除", edit: "编辑", export: "导出", list: "列表", refresh: "刷新",
      remove_filter: "移除筛选", remove: "移除", save: "保存", search: "搜索", select_all: "全选", show: "查看",
      sort: "排序", undo: "撤销", unselect: "取消选择", expand: "展开", close: "关闭", open_menu: "打开菜单",
      close_menu: "关闭菜单", update: "更新", move_up: "上移", move_down: "下移", open: "打开", toggle_theme: "切换主题",
      select_columns: "选择列", clear_array_input: "清空列表", update_application: "重新加载",
      bulk_actions: "已选 %{smart_count} 项", create_item: "新建 %{item}", remove_all_filters: "清除所有筛选", reset: "重置",
      search_columns: "搜索列", select_all_button: "全选", select_row: "选择此行",
    },
    boolean: { true: "是", false: "否", null: " " },
    page: {
      create: "新建%{name}", dashboard: "概览", edit: "%{name}：%{recordRepresentation}", error: "出错了", list: "%{name}",
      loading: "加载中", not_found: "未找到", show: "%{name}：%{recordRepresentation}", empty: "还没有%{name}",
      invite: "要新建一个吗？", access_denied: "无权访问", authentication_error: "认证失败",
    },
    input: {
      file: { upload_several: "拖放文件上传，或点击选择", upload_single: "拖放文件上传，或点击选择" },
      image: { upload_several: "拖放图片上传，或点击选择", upload_single: "拖放图片上传，或点击选择" },
      references: { all_missing: "找不到关联数据", many_missing: "部分关联数据已不存在", single_missing: "关联数据已不存在" },
      password: { toggle_visible: "隐藏密码", toggle_hidden: "显示密码" },
    },
    message: {
      about: "关于", are_you_sure: "确定吗？", bulk_delete_content: "确定要删除这 %{smart_count} 项吗？",
      bulk_delete_title: "删除 %{smart_count} 项", delete_content: "确定要删除吗？", delete_title: "删除%{name}：%{recordRepresentation}",
      details: "详情", error: "客户端出错，无法完成请求。", invalid_form: "表单有误，请检查", loading: "加载中，请稍候",
      no: "否", not_found: "地址有误或链接已失效。", yes: "是", unsaved_changes: "有未保存的修改，确定离开吗？",
      access_denied: "您没有权限访问此页面", authentication_error: "认证服务器出错，无法验证身份。",
      auth_error: "验证身份时出错。", bulk_update_content: "确定要更新这 %{smart_count} 项吗？", bulk_update_title: "更新 %{smart_count} 项",
      select_all_limit_reached: "项目太多，无法全选，只选中了前 %{max} 项。", placeholder_data_warning: "网络问题：数据刷新失败。",
    },
    navigation: {
      no_results: "没有找到结果", no_more_results: "第 %{page} 页超出范围，请返回上一页。", page_out_of_boundaries: "第 %{page} 页超出范围",
      page_out_from_end: "已是最后一页", page_out_from_begin: "已是第一页", page_range_info: "%{offsetBegin}–%{offsetEnd} / 共 %{total} 条",
      partial_page_range_info: "%{offsetBegin}–%{offsetEnd} / 超过 %{offsetEnd} 条", current_page: "第 %{page} 页",
      page: "第 %{page} 页", first: "首页", last: "末页", next: "下一页", previous: "上一页", page_rows_per_page: "每页条数：",
      skip_nav: "跳到内容", clear_filters: "清除筛选", no_filtered_results: "没有符合当前筛选条件的%{name}",
    },
    sort: { sort_by: "按 %{field} %{order} 排序", ASC: "升序", DESC: "降序" },
    auth: {
      auth_check_error: "请登录后继续", user_menu: "个人资料", username: "邮箱", password: "密码", email: "邮箱",
      sign_in: "登录", sign_in_error: "登录失败：邮箱或密码不正确", logout: "退出登录",
    },
    notification: {
      updated: "已更新", created: "已创建", deleted: "已删除", bad_item: "数据有误", item_doesnt_exist: "没有找到，可能已被删除或不属于您的门店。",
      http_error: "无法连接服务器，请稍后重试", data_provider_error: "数据加载出错，请稍后重试", i18n_error: "无法加载该语言",
      canceled: "已取消", offline: "无网络连接，无法获取数据。", logged_out: "登录已过期，请重新登录", not_authorized: "您无权访问此资源。", application_update_available: "有新版本可用。",
    },
    validation: {
      required: "必填", minLength: "至少 %{min} 个字符", maxLength: "最多 %{max} 个字符", email: "请输入有效的邮箱",
      minValue: "不能小于 %{min}", maxValue: "不能大于 %{max}", number: "请输入数字", oneOf: "请从以下选项中选择：%{options}",
      regex: "格式不正确", unique: "不能重复",
    },
    saved_queries: { label: "已保存的筛选", query_name: "名称", new_label: "保存当前筛选", new_dialog_title: "保存当前筛选为", remove_label: "删除已保存的筛选", remove_label_with_name: "删除“%{name}”", remove_dialog_title: "删除已保存的筛选？", remove_message: "确定要删除吗？", help: "筛选列表后保存，方便下次使用" },
    configurable: {
      customize: "自定义", configureMode: "配置此页面",
      inspector: { title: "检查器", content: "将鼠标悬停在界面元素上进行配置", reset: "重置设置", hideAll: "全部隐藏", showAll: "全部显示" },
      Datagrid: { title: "表格", unlabeled: "未命名列 #%{column}" },
      SimpleForm: { title: "表单", unlabeled: "未命名输入 #%{input}" },
      SimpleList: { title: "列表", primaryText: "主要文字", secondaryText: "次要文字", tertiaryText: "第三行文字" },
    },
  },
  doorstep: {
    title: "Doorstep 管理后台",
    tagline: "门店、服务与订单",
    auth: { no_role: "这个账号没有后台角色，请联系平台开通。" },
    action: { reason: "原因", min_length: "至少 %{min} 个字" },
    studio: { pick: "门店", all: "选择门店", none: "请先选择门店", none_hint: "在顶栏选择要管理的门店。" },
    language: { switch: "切换到英文" },
    roles: { platform_admin: "平台管理员", merchant_manager: "门店经理", merchant_staff: "门店员工", support_agent: "客服" },
    errors: errorsZh,
  },
  resources: {
    ...resourcesIn("zh"),
    services: {
      name: "服务",
      fields: {
        title: "服务", category: "分类", variants: "规格", duration: "时长", price: "价格", status: "状态", handle: "标识",
        updated_at: "更新时间",
      },
      status: { published: "已上架", draft: "草稿", proposed: "待审核", rejected: "已驳回" },
      minutes: "%{count} 分钟",
    },
    orders: {
      name: "订单",
      fields: {
        display_id: "订单号", email: "客户", total: "金额", status: "状态", payment_status: "支付", created_at: "下单时间", items: "项目",
      },
      empty: "还没有订单",
      empty_hint: "客户预约并付款后，订单会出现在这里。",
    },
  },
})
