import { ContainerRegistrationKeys, MedusaService } from "@medusajs/framework/utils"
import type { DemoLogin } from "../../lib/demo-logins"
import { consumeSignInCode, issueSignInCode, type SqlDatabase } from "../../lib/sign-in-code-store"
import type { SignInActor } from "../../lib/sign-in-codes"
import { vouchForPhoneActor } from "../../lib/phone-actor"
import { PasswordTry, SignInCode, SignInFailure } from "./models/sign-in-code"

/**
 * The plugin's options (medusa-config): the secret codes are hashed under, shared with the phone-otp auth provider;
 * in production, the demo's logins, which must not open with the demo password.
 */
export interface AccountsOptions {
  codeSecret: string
  demoLogins?: DemoLogin[]
}

/** Owns the sign-in code tables; codes are issued here and used by the phone-otp auth provider, both under a per-phone lock. */
export default class SignInCodeModuleService extends MedusaService({ SignInCode, SignInFailure, PasswordTry }) {
  private readonly db: SqlDatabase
  private readonly secret: string

  constructor(container: Record<string, unknown>, options?: AccountsOptions) {
    // eslint-disable-next-line prefer-rest-params
    super(...(arguments as unknown as [Record<string, unknown>]))
    if (!options?.codeSecret) throw new Error("@doorstep/accounts: options.codeSecret is required")
    this.db = container[ContainerRegistrationKeys.PG_CONNECTION] as SqlDatabase
    this.secret = options.codeSecret
  }

  /** A new code for the phone to sign in as `actor`, or why not now (see `issueSignInCode`). */
  async issueCode(input: { phone: string; actor: SignInActor; ip: string | null; now: Date }) {
    return await issueSignInCode(this.db, { ...input, secret: this.secret })
  }

  /** Whether `code` is the phone's newest live code for `actor`; if so it is used up (see `consumeSignInCode`). */
  async consumeCode(phone: string, actor: SignInActor, code: string, now: Date): Promise<boolean> {
    return await consumeSignInCode(this.db, { phone, actor, code, now, secret: this.secret })
  }

  /** Tells the phone-otp provider, signed, that `actorId`'s row carries the phone (see `PHONE_ACTOR_HEADER`). */
  vouchForPhoneActor(actor: SignInActor, phone: string, actorId: string): string {
    return vouchForPhoneActor(this.secret, actor, phone, actorId)
  }

  /** A code that could not be sent neither counts against the limits nor signs anyone in. */
  async discardCode(phone: string, now: Date) {
    await this.db.raw(`update "sign_in_code" set "deleted_at" = ? where "phone" = ? and "created_at" = (select max("created_at") from "sign_in_code" where "phone" = ?)`, [now, phone, phone])
  }
}
