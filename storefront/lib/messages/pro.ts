import type { Locale } from "../locale"

/** The beautician portal's frame: its name, the tabs, signing in and out. */
export const pro = {
  "zh-CN": {
    proBrand: "Doorstep 美容师",
    proTabs: { offers: "接单", today: "今日", schedule: "日程", income: "收入", me: "我的" },
    proTabsLabel: "美容师工作台",
    proSignInTitle: "美容师登录",
    proSignInLead: "登录后即可接单、查看今日行程和收入。",
    proSignInSubmit: "登录",
    proSignOut: "退出登录",
    proNotBeautician: "这个账号还不是美容师。如需加入，请先申请。",
    proApplyLink: "申请成为美容师",
    proCustomerSite: "返回用户端",
    proGreeting: (name: string) => `${name}，您好`,
    proStatus: { active: "接单中", pending: "审核中", suspended: "已暂停接单", inactive: "已停用" } as Record<string, string>,
    proStatusLabel: "账号状态",
    proMeTitle: "我的",
    proMeLinks: { profile: "个人资料", training: "培训与认证", inbox: "消息", schedule: "工作时间" },
  },
  en: {
    proBrand: "Doorstep Pro",
    proTabs: { offers: "Offers", today: "Today", schedule: "Schedule", income: "Income", me: "Me" },
    proTabsLabel: "Beautician portal",
    proSignInTitle: "Sign in as a beautician",
    proSignInLead: "Sign in to take jobs, see today's route and what you have earned.",
    proSignInSubmit: "Sign in",
    proSignOut: "Sign out",
    proNotBeautician: "This account is not a beautician yet. Apply first to join.",
    proApplyLink: "Apply to be a beautician",
    proCustomerSite: "Customer site",
    proGreeting: (name: string) => `Hello, ${name}`,
    proStatus: { active: "Taking jobs", pending: "Under review", suspended: "Paused", inactive: "Inactive" } as Record<string, string>,
    proStatusLabel: "Account status",
    proMeTitle: "Me",
    proMeLinks: { profile: "Profile", training: "Training & certificates", inbox: "Inbox", schedule: "Working hours" },
  },
} satisfies Record<Locale, Record<string, unknown>>
