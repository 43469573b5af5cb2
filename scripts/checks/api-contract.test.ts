import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { z } from "zod"
import { contractFaults, contractGaps, routesOf, staffRoles, type DeclaredOperation } from "../lib/openapi"
import { ROOT } from "../lib/paths"

/**
 * The API reference is generated from contracts declared beside the routes;
 * these say it cannot drift from the routes that exist.
 */
describe("the API contracts", () => {
  it("find each route file's exported methods at its folder's path", () => {
    const api = fs.mkdtempSync(path.join(os.tmpdir(), "doorstep-api-"))
    const route = (folder: string, source: string) => {
      fs.mkdirSync(path.join(api, folder), { recursive: true })
      fs.writeFileSync(path.join(api, folder, "route.ts"), source)
    }
    route("store/appointments/[id]/cancel", "export const POST = handleDomainErrors(async () => {})\n")
    route("pro/jobs", "export async function GET() {}\nexport const DELETE = () => {}\n// export const PUT\n")
    fs.writeFileSync(path.join(api, "pro", "jobs", "validators.ts"), "export const GET = 1\n")
    try {
      expect(routesOf(api).sort()).toEqual(["DELETE /pro/jobs", "GET /pro/jobs", "POST /store/appointments/{id}/cancel"])
    } finally {
      fs.rmSync(api, { recursive: true, force: true })
    }
  })

  it("name a route without a contract, a contract without a route, and a route declared twice", () => {
    const declared = (plugin: string, key: DeclaredOperation["key"]): DeclaredOperation => ({ plugin, key, operation: { summary: "s", auth: "public", responses: { 200: null } } })
    const routes = new Map([
      ["dispatch", ["GET /pro/offers", "POST /pro/offers/{id}/accept"] as const],
      ["training", ["GET /pro/training/courses"] as const],
    ])
    expect(contractGaps(routes, [declared("dispatch", "GET /pro/offers"), declared("dispatch", "GET /pro/offers"), declared("training", "GET /pro/training/course")])).toEqual([
      "GET /pro/offers is declared twice (dispatch and dispatch)",
      "GET /pro/training/course is declared in training but training has no such route",
      "POST /pro/offers/{id}/accept (dispatch) has no contract in src/api/operations",
      "GET /pro/training/courses (training) has no contract in src/api/operations",
    ])
    expect(contractGaps(routes, [declared("dispatch", "GET /pro/offers"), declared("dispatch", "POST /pro/offers/{id}/accept"), declared("training", "GET /pro/training/courses")])).toEqual([])
  })

  it("refuse a body without an example, or an example its own schema rejects", () => {
    const body = z.object({ amount_fen: z.number().int().min(100) }).strict()
    const operation = (example?: unknown): DeclaredOperation => ({ plugin: "p", key: "POST /pro/withdrawals", operation: { summary: "s", auth: "beautician", body, example, responses: { 201: null } } })
    expect(contractFaults([operation({ amount_fen: 10_000 })])).toEqual([])
    expect(contractFaults([operation()])).toEqual(["POST /pro/withdrawals has a body but no example"])
    expect(contractFaults([operation({ amount_fen: 99 })])[0]).toMatch(/^POST \/pro\/withdrawals's example does not pass its own body schema: amount_fen/)
  })

  it("take a back-office route's roles from the staff gate", () => {
    expect(staffRoles("GET /admin/merchants/{handle}/settings")).toEqual({ roles: ["platform_admin", "merchant_manager", "merchant_staff"], scoped: true })
    expect(staffRoles("POST /admin/merchants/{handle}/settings")).toEqual({ roles: ["platform_admin", "merchant_manager"], scoped: true })
    expect(staffRoles("GET /admin/tickets")).toEqual({ roles: ["platform_admin", "support_agent"], scoped: false })
    expect(staffRoles("POST /admin/withdrawals/{id}/decide")).toEqual({ roles: ["platform_admin"], scoped: false })
  })

  it("generate what api/ holds: every route has a contract, and the document and types are current", () => {
    const check = spawnSync("npm", ["run", "--silent", "docs:api", "--", "--check"], { cwd: ROOT, encoding: "utf8" })
    expect(check.stderr).toBe("")
    expect(check.stdout).toMatch(/^The API reference is current: \d+ operations\.\n$/)
    expect(check.status).toBe(0)
  })
})
