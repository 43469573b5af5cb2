/** The market Doorstep serves first: mainland China, prices in CNY, time in Shanghai. */
export const REGION_NAME = "China"
export const CURRENCY_CODE = "cny"
export const TIMEZONE = "Asia/Shanghai"
