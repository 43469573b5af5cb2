import type { Locale } from "../locale"

/** A beautician's profile: portrait, introduction, experience and specialties from the cms, and their next free times. */
export const profile = {
  "zh-CN": {
    aboutTitle: "美容师介绍",
    portraitAlt: (name: string) => `${name}的照片`,
    yearsExperience: (years: number) => `从业 ${years} 年`,
    specialtiesTitle: "擅长",
    introductionMissing: "这位美容师的个人介绍正在准备中。",
    timesForSaved: (place: string) => `可约时间按您的地址计算：${place}`,
    timesForCentre: "可约时间按市中心（人民广场）上门计算；预约时会按您的地址再确认。",
    nextFreeFor: (service: string) => `${service}的最近可约时间`,
    nothingFree: (days: number) => `未来 ${days} 天内暂无空闲时间。`,
    nextFreeLoading: "正在查询空闲时间…",
  },
  en: {
    aboutTitle: "About",
    portraitAlt: (name: string) => `Photo of ${name}`,
    yearsExperience: (years: number) => `${years} ${years === 1 ? "year" : "years"} of experience`,
    specialtiesTitle: "Specialties",
    introductionMissing: "This beautician's introduction is on its way.",
    timesForSaved: (place: string) => `Free times for a visit to your address: ${place}`,
    timesForCentre: "Free times for a visit to central Shanghai (People's Square); booking checks them again for your address.",
    nextFreeFor: (service: string) => `Next free times for ${service}`,
    nothingFree: (days: number) => `Nothing free in the next ${days} days.`,
    nextFreeLoading: "Finding free times…",
  },
} satisfies Record<Locale, Record<string, unknown>>
