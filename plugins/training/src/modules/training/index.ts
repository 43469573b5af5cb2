import { Module } from "@medusajs/framework/utils"
import TrainingModuleService from "./service"

export const TRAINING_MODULE = "training"
export { EXPIRY_LOCK } from "./service"
export type { TrainingModuleService }
export type { AttemptRow, CertificationRow, Sql, TrainingOptions } from "./service"

export default Module(TRAINING_MODULE, { service: TrainingModuleService })
