/** The 31 characters of a unified social credit code (GB 32100-2015): digits and capitals without I, O, Z, S, V. */
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/**
 * Whether `code` is a well-formed unified social credit code (统一社会信用代码):
 * eighteen characters whose last is the check character over the first
 * seventeen. Says nothing of whether the business exists; the platform's
 * reviewer checks the licence for that.
 */
export function isCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false
  const sum = WEIGHTS.reduce((total, weight, i) => total + CHARSET.indexOf(code[i]) * weight, 0)
  const check = (31 - (sum % 31)) % 31
  return code[17] === CHARSET[check]
}
