import { Module } from "@medusajs/framework/utils"
import refuseDemoLogins from "./loaders/refuse-demo-logins"
import SignInCodeModuleService from "./service"

export const SIGN_IN_CODE_MODULE = "sign_in_code"
export type { SignInCodeModuleService }

export default Module(SIGN_IN_CODE_MODULE, { service: SignInCodeModuleService, loaders: [refuseDemoLogins] })
