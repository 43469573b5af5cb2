const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = "10X98765432"

/**
 * Whether `id` is a well-formed mainland resident identity card number
 * (GB 11643): seventeen digits, a birth date that exists, and the ISO 7064
 * MOD 11-2 check character (a digit or X). Says nothing of whose it is.
 */
export function isResidentId(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false
  const [year, month, day] = [Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14))]
  const born = new Date(Date.UTC(year, month - 1, day))
  if (year < 1900 || born.getUTCMonth() !== month - 1 || born.getUTCDate() !== day) return false
  const sum = WEIGHTS.reduce((total, weight, i) => total + Number(id[i]) * weight, 0)
  return id[17] === CHECK[sum % 11]
}
