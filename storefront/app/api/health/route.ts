export const dynamic = "force-dynamic"

/** Liveness: the storefront's server answers (nothing else is asked). */
export function GET() {
  return Response.json({ status: "live" }, { headers: { "Cache-Control": "no-store" } })
}
