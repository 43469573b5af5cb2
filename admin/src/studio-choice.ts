/**
 * The studio whose screens a platform admin is looking at (studio roles always
 * work on their own). Kept across visits; the app bar's studio picker sets it.
 */
const KEY = "doorstep_admin_studio"

export const chosenStudio = (): string | null => (typeof localStorage === "undefined" ? null : localStorage.getItem(KEY))

export function chooseStudio(handle: string | null) {
  if (handle) localStorage.setItem(KEY, handle)
  else localStorage.removeItem(KEY)
}
