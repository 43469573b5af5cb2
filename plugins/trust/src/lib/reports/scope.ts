import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StaffMember } from "@doorstep/accounts/lib/staff-roles"
import { DomainError } from "@doorstep/appointments/api/domain-error"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"

/** Whose figures a report counts: one studio (its handle) or every studio (null), and the beauticians concerned. */
export interface ReportScope {
  handle: string | null
  /** The studio's name as it trades (null for every studio). */
  name: string | null
  /** The studio's beauticians (every beautician for the platform), with what labels and utilisation need. */
  beauticians: Array<{ id: string; display_name: string; merchant_handle: string; status: string }>
}

const forbidden = () => new DomainError(403, "FORBIDDEN_FOR_ROLE", "您的角色无权进行此操作 · Your role may not do this")

/**
 * The studio a staff member's report is about, decided on the server: a
 * studio's roles always get their own (another studio's handle is 404, as
 * the staff gate answers for another studio's objects); the platform chooses
 * one with `merchant_handle`, or gets every studio. An unknown studio is 404
 * `MERCHANT_NOT_FOUND`.
 */
export async function reportScope(container: MedusaContainer, staff: StaffMember | undefined, asked: string | undefined): Promise<ReportScope> {
  if (!staff?.role) throw forbidden()
  let handle: string | null = asked ?? null
  if (staff.role !== "platform_admin") {
    if (!staff.merchantHandle) throw forbidden()
    if (asked !== undefined && asked !== staff.merchantHandle) throw new DomainError(404, "NOT_FOUND", "未找到 · Not found")
    handle = staff.merchantHandle
  }
  let name: string | null = null
  if (handle) {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "merchant", fields: ["handle", "name"], filters: { handle } })
    if (data.length === 0) throw new DomainError(404, "MERCHANT_NOT_FOUND", `No merchant ${handle}`)
    name = data[0].name
  }
  const beauticians = await container
    .resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    .listBeauticians(handle ? { merchant_handle: handle } : {}, { select: ["id", "display_name", "merchant_handle", "status"], take: null })
  return { handle, name, beauticians }
}

/** The team to filter reads by: the studio's beauticians, or null (no filter) for every studio. */
export const teamOf = (scope: ReportScope) => (scope.handle ? scope.beauticians.map((b) => b.id) : null)
