export const dynamic = "force-dynamic"

const TIMEOUT_MS = 2000

/** Why commerce did not answer, in a word: never its address or an error's text. */
function reason(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause
  if ((error as Error).name === "TimeoutError") return "timeout"
  return cause?.code ?? "unreachable"
}

/**
 * Readiness: every page needs commerce, so the storefront is ready when
 * commerce's `/health` answers 200 within 2 s; else 503 naming it.
 */
export async function GET() {
  let commerce: string
  try {
    const answer = await fetch(new URL("/health", process.env.MEDUSA_URL ?? "http://localhost:9000"), { cache: "no-store", signal: AbortSignal.timeout(TIMEOUT_MS) })
    commerce = answer.ok ? "ok" : `answered ${answer.status}`
  } catch (error) {
    commerce = reason(error)
  }
  const ready = commerce === "ok"
  return Response.json(
    { status: ready ? "ready" : "unavailable", checks: { commerce }, ...(ready ? {} : { failing: ["commerce"] }) },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  )
}
