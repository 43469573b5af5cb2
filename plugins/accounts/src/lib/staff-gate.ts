import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IUserModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { DomainError, sendDomainError } from "@doorstep/appointments/api/domain-error"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { accessTo, staffFromUser, type RouteObject, type StaffMember } from "./staff-roles"

/** The staff member the gate found, for routes that decide by role (looked up once per request). */
export const staffOfRequest = (req: MedusaRequest): StaffMember | undefined => (req as MedusaRequest & { staff?: StaffMember }).staff

const forbidden = () => new DomainError(403, "FORBIDDEN_FOR_ROLE", "您的角色无权进行此操作 · Your role may not do this")
const notFound = () => new DomainError(404, "NOT_FOUND", "未找到 · Not found")

/** The merchant an object belongs to, or undefined when there is no such object. */
async function merchantOf(req: MedusaRequest, object: RouteObject): Promise<string | undefined> {
  if (object.kind === "merchant") return object.handle
  const appointments = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const beauticianId =
    object.kind === "beautician" ? object.id : object.kind === "appointment" ? (await appointments.listAppointments({ id: object.id }, { select: ["beautician_id"] }))[0]?.beautician_id : undefined
  if (!beauticianId) return undefined
  return (await appointments.listBeauticians({ id: beauticianId }, { select: ["merchant_handle"] }))[0]?.merchant_handle
}

/**
 * Every `/admin` request of a signed-in user passes here first: platform
 * admins reach everything; other roles reach only the routes open to them,
 * and only their own merchant's beauticians and appointments — another
 * merchant's are "not found", never data. A staff member assigning a job may
 * only choose a beautician of their merchant. Unauthenticated requests go on
 * to the route's own authentication (401).
 */
export async function staffGate(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const userId = (req as AuthenticatedMedusaRequest).auth_context?.actor_type === "user" ? (req as AuthenticatedMedusaRequest).auth_context.actor_id : undefined
  if (!userId) return next()
  try {
    const [user] = await req.scope.resolve<IUserModuleService>(Modules.USER).listUsers({ id: userId }, { select: ["id", "metadata"] })
    const staff: StaffMember = user ? staffFromUser(user) : { userId, role: null, merchantHandle: null }
    ;(req as MedusaRequest & { staff?: StaffMember }).staff = staff
    const access = accessTo(staff, req.method, req.originalUrl.split("?")[0])
    if (!access.allowed) throw forbidden()
    if (access.object.kind !== "none" && !access.acrossMerchants) {
      if ((await merchantOf(req, access.object)) !== staff.merchantHandle) throw notFound()
      const target = (req.body as { beautician_id?: unknown } | undefined)?.beautician_id
      if (access.object.kind === "appointment" && typeof target === "string" && (await merchantOf(req, { kind: "beautician", id: target })) !== staff.merchantHandle) {
        throw new DomainError(404, "BEAUTICIAN_NOT_FOUND", "您的门店没有这位美容师 · No such beautician in your studio")
      }
    }
    next()
  } catch (error) {
    if (error instanceof DomainError) return sendDomainError(res, error)
    next(error)
  }
}
