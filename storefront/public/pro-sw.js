/*
 * The beautician portal's service worker, registered by the portal only
 * (scope `/pro`, or `/en/pro` in English). It does three things:
 *  - keeps today's route and its jobs readable offline: those pages are
 *    loaded from the network first and their last copy kept (a day at most,
 *    with the time it was saved), with the app files they need;
 *  - shows a Web Push message (a new offer, time to leave) when the app is
 *    closed, and opens the portal where the message points when tapped;
 *  - forgets the kept pages when the beautician signs out on this device.
 */
const VERSION = "pro-1"
const PAGES = `${VERSION}-pages`
const ASSETS = `${VERSION}-assets`
/** A kept page older than this is not shown: it would show an address past its time. */
const KEEP_MS = 24 * 60 * 60 * 1000
/** App files kept at most; each build names its files anew, so the oldest go first. */
const MAX_ASSETS = 400

/** "/pro" or "/en/pro", and the locale's prefix before it ("" or "/en"). */
const SCOPE = new URL(self.registration.scope).pathname.replace(/\/$/, "")
const PREFIX = SCOPE.slice(0, -"/pro".length)
const inScope = (path) => path === SCOPE || path.startsWith(`${SCOPE}/`)
const keptOffline = (path) => path === `${SCOPE}/today` || path.startsWith(`${SCOPE}/jobs/`)
const isAsset = (path) => path.startsWith("/_next/static/") || path.startsWith("/pro-icons/")

/** Windows whose page came from the kept copy, and when it was saved (they ask, to say so). */
const savedCopies = new Map()

self.addEventListener("install", () => self.skipWaiting())

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith("pro-") && !name.startsWith(`${VERSION}-`)) await caches.delete(name)
      await self.clients.claim()
    })(),
  )
})

self.addEventListener("fetch", (event) => {
  const request = event.request
  if (request.method !== "GET") return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if (isAsset(url.pathname)) event.respondWith(assetFirstFromCache(request))
  else if (request.mode === "navigate" && inScope(url.pathname)) event.respondWith(pageFromNetwork(event, url))
})

/** The app's built files never change under one name: the kept copy if any, else the network's (then kept). */
async function assetFirstFromCache(request) {
  const cache = await caches.open(ASSETS)
  const kept = await cache.match(request)
  if (kept) return kept
  const response = await fetch(request)
  if (response.ok) await cache.put(request, response.clone())
  return response
}

async function pageFromNetwork(event, url) {
  try {
    const response = await fetch(event.request)
    if (response.ok && keptOffline(url.pathname)) event.waitUntil(keepPage(url.pathname, response.clone()))
    return response
  } catch (error) {
    const kept = await keptPage(url.pathname)
    if (kept) {
      if (event.resultingClientId) savedCopies.set(event.resultingClientId, kept.headers.get("x-saved-at"))
      return kept
    }
    return offlinePage()
  }
}

/** Keeps a page's HTML with the time it was saved, and the app files it names (for pages the app never loaded itself). */
async function keepPage(path, response) {
  const html = await response.text()
  const headers = new Headers(response.headers)
  headers.set("x-saved-at", new Date().toISOString())
  await (await caches.open(PAGES)).put(path, new Response(html, { status: 200, headers }))
  const assets = new Set([...html.matchAll(/\/_next\/static\/[^"'\s)\\]+/g)].map((match) => match[0]))
  const cache = await caches.open(ASSETS)
  await Promise.all(
    [...assets].map(async (asset) => {
      if (await cache.match(asset)) return
      const got = await fetch(asset).catch(() => undefined)
      if (got && got.ok) await cache.put(asset, got)
    }),
  )
  const kept = await cache.keys()
  await Promise.all(kept.slice(0, Math.max(0, kept.length - MAX_ASSETS)).map((request) => cache.delete(request)))
}

async function keptPage(path) {
  const kept = await (await caches.open(PAGES)).match(path)
  if (!kept) return undefined
  const savedAt = Date.parse(kept.headers.get("x-saved-at") ?? "")
  return Date.now() - savedAt < KEEP_MS ? kept : undefined
}

function offlinePage() {
  const english = PREFIX === "/en"
  const text = english
    ? ["You're offline", "This page needs the network. Today's jobs can be read offline.", "Open today"]
    : ["离线中", "这一页需要网络。今日行程可离线查看。", "打开今日行程"]
  const html = `<!doctype html><html lang="${english ? "en" : "zh-CN"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${text[0]}</title>
<style>body{font-family:system-ui,sans-serif;margin:0;padding:32px 20px;color:#1f1a1d;background:#fffafb}a{display:inline-flex;align-items:center;min-height:48px;padding:0 20px;border-radius:999px;background:#b5476b;color:#fff;font-weight:600;text-decoration:none}</style></head>
<body><main><h1>${text[0]}</h1><p>${text[1]}</p><a href="${SCOPE}/today">${text[2]}</a></main></body></html>`
  return new Response(html, { status: 503, headers: { "content-type": "text/html; charset=utf-8" } })
}

self.addEventListener("message", (event) => {
  const message = event.data ?? {}
  const reply = (answer) => event.ports[0]?.postMessage(answer)
  if (message.type === "saved-copy") {
    const savedAt = event.source ? savedCopies.get(event.source.id) : undefined
    reply({ savedAt: savedAt ?? null })
  } else if (message.type === "keep") {
    // The page was reached inside the app (no navigation passed here): keep it, and the jobs it lists, now.
    const paths = (message.paths ?? []).filter((path) => typeof path === "string" && keptOffline(path))
    event.waitUntil(
      Promise.all(
        paths.map(async (path) => {
          const response = await fetch(path, { credentials: "same-origin", headers: { accept: "text/html" } }).catch(() => undefined)
          if (response && response.ok && !response.redirected) await keepPage(path, response)
        }),
      ).then(() => reply({ kept: paths.length })),
    )
  } else if (message.type === "forget") {
    event.waitUntil(caches.delete(PAGES).then(() => reply({ forgotten: true })))
  }
})

self.addEventListener("push", (event) => {
  let message = {}
  try {
    message = event.data ? event.data.json() : {}
  } catch {
    message = { body: event.data ? event.data.text() : "" }
  }
  const url = typeof message.url === "string" && message.url.startsWith("/pro") ? message.url : "/pro"
  event.waitUntil(
    self.registration.showNotification(message.title || "Doorstep", {
      body: message.body || "",
      tag: message.tag || undefined,
      renotify: Boolean(message.tag),
      icon: "/pro-icons/icon-192.png",
      badge: "/pro-icons/badge-96.png",
      data: { url: `${PREFIX}${url}` },
    }),
  )
})

self.addEventListener("notificationclick", (event) => {
  event.notification.close()
  const target = new URL(event.notification.data?.url ?? SCOPE, self.location.origin).href
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true })
      const open = windows.find((client) => inScope(new URL(client.url).pathname))
      if (open) {
        await open.focus()
        return open.navigate(target)
      }
      return self.clients.openWindow(target)
    })(),
  )
})
