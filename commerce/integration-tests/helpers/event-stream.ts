/**
 * Reading a server-sent event stream as a client would; no Medusa imports, so
 * the cluster tests (scripts/cluster), which talk to running processes, use it too.
 */
/** A server-sent event stream read as a test would: wait for the next event that matches, or fail after a while. */
export async function openEventStream(url: string, headers: Record<string, string>) {
  const abort = new AbortController()
  const response = await fetch(url, { headers: { accept: "text/event-stream", ...headers }, signal: abort.signal })
  if (!response.ok || !response.body) throw new Error(`Stream ${url} answered ${response.status}`)
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  const received: Array<{ event: string; data: any }> = []
  let buffer = ""
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }))
      if (done) return
      buffer += decoder.decode(value, { stream: true })
      let end: number
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const frame = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const event = /^event: (.*)$/m.exec(frame)?.[1]
        const data = /^data: (.*)$/m.exec(frame)?.[1]
        if (event && data) received.push({ event, data: JSON.parse(data) })
      }
    }
  })()
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    async next(match: (message: { event: string; data: any }) => boolean, timeoutMs = 5000) {
      const until = Date.now() + timeoutMs
      for (;;) {
        const found = received.findIndex(match)
        if (found >= 0) return received.splice(found, 1)[0]
        if (Date.now() > until) throw new Error(`No matching event within ${timeoutMs} ms; received ${JSON.stringify(received)}`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
    async close() {
      abort.abort()
      await pump
    },
  }
}
