import type { Locale } from "../i18n"

/** A beautician's profile from the cms: portrait, introduction, experience and specialties. */
export const profile = {
  "zh-CN": {
    aboutTitle: "美容师介绍",
    portraitAlt: (name: string) => `${name}的照片`,
    yearsExperience: (years: number) => `从业 ${years} 年`,
    specialtiesTitle: "擅长",
    introductionMissing: "这位美容师的个人介绍正在准备中。",
  },
  en: {
    aboutTitle: "About",
    portraitAlt: (name: string) => `Photo of ${name}`,
    yearsExperience: (years: number) => `${years} ${years === 1 ? "year" : "years"} of experience`,
    specialtiesTitle: "Specialties",
    introductionMissing: "This beautician's introduction is on its way.",
  },
} satisfies Record<Locale, Record<string, unknown>>
