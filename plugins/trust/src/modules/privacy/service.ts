import { MedusaService } from "@medusajs/framework/utils"
import { PersonalDataAccess } from "./models/personal-data-access"

export default class PrivacyModuleService extends MedusaService({ PersonalDataAccess }) {}
