/**
 * The browsers' push services. Only these are sent to, so a subscription
 * cannot make commerce post to an address of someone's choosing.
 */
const PUSH_SERVICES = [/^fcm\.googleapis\.com$/, /^updates\.push\.services\.mozilla\.com$/, /^web\.push\.apple\.com$/, /\.notify\.windows\.com$/, /^push\.services\.mozilla\.com$/]

/** Whether commerce may send to this endpoint; loopback http only when the plugin allows it (development and tests). */
export function isAllowedPushEndpoint(endpoint: string, allowLoopback: boolean): boolean {
  let url: URL
  try {
    url = new URL(endpoint)
  } catch {
    return false
  }
  if (allowLoopback && url.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) return true
  return url.protocol === "https:" && PUSH_SERVICES.some((host) => host.test(url.hostname))
}
