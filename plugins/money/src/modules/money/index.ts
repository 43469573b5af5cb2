import { Module } from "@medusajs/framework/utils"
import MoneyModuleService from "./service"

export const MONEY_MODULE = "money"
export type { MoneyModuleService }
export type { MoneyOptions, WithdrawalRow } from "./service"

export default Module(MONEY_MODULE, { service: MoneyModuleService })
