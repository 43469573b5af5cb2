import { localePath, type Locale } from "../locale"

/**
 * The portal's service worker, from the browser (`public/pro-sw.js`): one
 * registration per language, scoped to that language's portal, so that it
 * never touches the customer's pages.
 */
export const WORKER_URL = "/pro-sw.js"

export const portalScope = (locale: Locale) => localePath(locale, "/pro")

export const canUseWorker = () => typeof navigator !== "undefined" && "serviceWorker" in navigator

/** Registers the worker (again, harmlessly, when it is already there) and resolves to its registration. */
export function portalWorker(locale: Locale): Promise<ServiceWorkerRegistration> {
  return navigator.serviceWorker.register(WORKER_URL, { scope: portalScope(locale) })
}

/** The worker controlling this page; on a first visit it takes control once installed, so wait up to `waitMs` for it. */
async function controller(waitMs: number): Promise<ServiceWorker | null> {
  if (!canUseWorker()) return null
  const now = navigator.serviceWorker.controller
  if (now || waitMs === 0) return now
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(navigator.serviceWorker.controller), waitMs)
    navigator.serviceWorker.addEventListener(
      "controllerchange",
      () => {
        clearTimeout(timer)
        resolve(navigator.serviceWorker.controller)
      },
      { once: true },
    )
  })
}

/** A question to the worker controlling this page (waiting `waitMs` for one); undefined when none does or it does not answer in time. */
export async function askWorker<T>(message: Record<string, unknown>, { waitMs = 0, timeoutMs = 5000 } = {}): Promise<T | undefined> {
  const worker = await controller(waitMs)
  if (!worker) return undefined
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    const timer = setTimeout(() => resolve(undefined), timeoutMs)
    channel.port1.onmessage = (event) => {
      clearTimeout(timer)
      resolve(event.data as T)
    }
    worker.postMessage(message, [channel.port2])
  })
}

/**
 * Before signing out: this browser stops being woken for the beautician's
 * offers, and the pages kept for offline reading (customers' addresses) go.
 */
export async function forgetThisDevice(locale: Locale, forgetSubscription: (endpoint: string) => Promise<unknown>): Promise<void> {
  if (!canUseWorker()) return
  const registration = await navigator.serviceWorker.getRegistration(portalScope(locale))
  const subscription = await registration?.pushManager?.getSubscription()
  if (subscription) {
    await forgetSubscription(subscription.endpoint)
    await subscription.unsubscribe()
  }
  await askWorker({ type: "forget" })
}
