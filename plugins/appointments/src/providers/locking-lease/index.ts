import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { LeaseLockingProvider } from "./service"

/** Register with the locking module: `{ resolve: "@doorstep/appointments/providers/locking-lease", id: "locking-lease", is_default: true }`. */
export default ModuleProvider(Modules.LOCKING, { services: [LeaseLockingProvider] })
