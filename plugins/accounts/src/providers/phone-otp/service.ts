import type { AuthenticationInput, AuthenticationResponse, AuthIdentityProviderService } from "@medusajs/framework/types"
import { AbstractAuthModuleProvider, ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { mobileE164 } from "../../lib/phone"
import { CLIENT_IP_HEADER } from "../../lib/client-ip"
import { consumeSignInCode, recordSignInFailure, type SqlDatabase } from "../../lib/sign-in-code-store"

export interface PhoneOtpOptions {
  /** The secret sign-in codes are hashed under; the same one `POST /store/phone-codes` issues them with. */
  codeSecret: string
}

export const WRONG_CODE = "验证码错误或已过期 · The code is wrong or has expired"

/**
 * Sign-in by phone and SMS code (`POST /auth/customer/phone-otp` with
 * `{ phone, code }`): the code must be the phone's newest, unexpired, unused
 * and tried fewer than five times, and is then used up. The first sign-in of
 * a phone makes its identity; `/register` is the same, as a phone is proved
 * the same way whether new or known.
 */
export class PhoneOtpAuthService extends AbstractAuthModuleProvider {
  static override identifier = "phone-otp"
  static override DISPLAY_NAME = "Phone and SMS code"

  private readonly db: SqlDatabase

  static override validateOptions(options: Record<string, unknown>) {
    if (typeof options.codeSecret !== "string" || options.codeSecret.length < 16) throw new Error("phone-otp: options.codeSecret (16+ characters) is required")
  }

  constructor(
    container: Record<string, unknown>,
    private readonly options: PhoneOtpOptions,
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...(arguments as unknown as []))
    this.db = container[ContainerRegistrationKeys.PG_CONNECTION] as SqlDatabase
  }

  override async register(data: AuthenticationInput, identities: AuthIdentityProviderService): Promise<AuthenticationResponse> {
    return await this.authenticate(data, identities)
  }

  async authenticate(data: AuthenticationInput, identities: AuthIdentityProviderService): Promise<AuthenticationResponse> {
    const body = (data.body ?? {}) as { phone?: unknown; code?: unknown }
    const phone = typeof body.phone === "string" ? mobileE164(body.phone) : null
    if (!phone) return { success: false, error: "请输入有效的手机号 · Enter a valid mobile number" }
    const now = new Date()
    const right = typeof body.code === "string" && /^\d{6}$/.test(body.code) && (await consumeSignInCode(this.db, { phone, code: body.code, now, secret: this.options.codeSecret }))
    if (!right) {
      // Set by our middleware from the connection, never by the client.
      const ip = data.headers?.[CLIENT_IP_HEADER]
      if (typeof ip === "string") await recordSignInFailure(this.db, { ip, phone, now })
      return { success: false, error: WRONG_CODE }
    }
    try {
      return { success: true, authIdentity: await identities.retrieve({ entity_id: phone }) }
    } catch (error) {
      if (!(error instanceof MedusaError) || error.type !== MedusaError.Types.NOT_FOUND) throw error
      return { success: true, authIdentity: await identities.create({ entity_id: phone, user_metadata: { phone } }) }
    }
  }
}
