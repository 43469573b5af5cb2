import type { AuthenticationInput, AuthenticationResponse, AuthIdentityDTO, AuthIdentityProviderService } from "@medusajs/framework/types"
import { AbstractAuthModuleProvider, ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { mobileE164 } from "../../lib/phone"
import { CLIENT_IP_HEADER } from "../../lib/client-ip"
import { PHONE_ACTOR_HEADER, vouchedPhoneActor } from "../../lib/phone-actor"
import { consumeSignInCode, recordSignInFailure, type SqlDatabase } from "../../lib/sign-in-code-store"
import { isSignInActor, type SignInActor } from "../../lib/sign-in-codes"

export interface PhoneOtpOptions {
  /** The secret sign-in codes are hashed under; the same one `POST /store/phone-codes` issues them with. */
  codeSecret: string
}

export const WRONG_CODE = "验证码错误或已过期 · The code is wrong or has expired"

/** Who the request signs in as: Medusa passes the route's actor type to `authenticate`; `/register` only has the address. */
function actorOf(data: AuthenticationInput): SignInActor | null {
  const actor = (data as AuthenticationInput & { actor_type?: string }).actor_type ?? data.url?.match(/^\/auth\/([^/?]+)\//)?.[1]
  return isSignInActor(actor) ? actor : null
}

/**
 * Sign-in by phone and SMS code (`POST /auth/customer/phone-otp` or
 * `/auth/beautician/phone-otp` with `{ phone, code }`): the code must be the
 * phone's newest for that actor, unexpired, unused and tried fewer than five
 * times, and is then used up. The first sign-in of a phone makes its
 * identity; `/register` is the same, as a phone is proved the same way
 * whether new or known. A beautician's sign-in links the identity to the
 * beautician whose row carries the phone, when our middleware vouched for one
 * and the identity has no beautician yet; otherwise the token has no actor
 * (someone who may apply to a studio).
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
    const actor = actorOf(data)
    if (!actor) return { success: false, error: "手机验证码只能登录顾客或美容师 · Phone codes sign in customers and beauticians only" }
    const body = (data.body ?? {}) as { phone?: unknown; code?: unknown }
    const phone = typeof body.phone === "string" ? mobileE164(body.phone) : null
    if (!phone) return { success: false, error: "请输入有效的手机号 · Enter a valid mobile number" }
    const now = new Date()
    const right = typeof body.code === "string" && /^\d{6}$/.test(body.code) && (await consumeSignInCode(this.db, { phone, actor, code: body.code, now, secret: this.options.codeSecret }))
    if (!right) {
      // Set by our middleware from the connection, never by the client.
      const ip = data.headers?.[CLIENT_IP_HEADER]
      if (typeof ip === "string") await recordSignInFailure(this.db, { ip, phone, now })
      return { success: false, error: WRONG_CODE }
    }
    let identity: AuthIdentityDTO
    try {
      identity = await identities.retrieve({ entity_id: phone })
    } catch (error) {
      if (!(error instanceof MedusaError) || error.type !== MedusaError.Types.NOT_FOUND) throw error
      identity = await identities.create({ entity_id: phone, user_metadata: { phone } })
    }
    const vouched = actor === "beautician" ? vouchedPhoneActor(this.options.codeSecret, actor, phone, data.headers?.[PHONE_ACTOR_HEADER]) : null
    return { success: true, authIdentity: vouched ? await this.link(identity, actor, vouched) : identity }
  }

  /**
   * Gives the identity its actor (`app_metadata.<actor>_id`, where Medusa's
   * token reads it) unless it has one: an identity linked already, as an
   * applicant's is to the beautician their application made, keeps its link.
   * The auth module's service cannot set app metadata from a provider, hence
   * one conditional statement on its table.
   */
  private async link(identity: AuthIdentityDTO, actor: SignInActor, actorId: string): Promise<AuthIdentityDTO> {
    const key = `${actor}_id`
    if (identity.app_metadata?.[key]) return identity
    const { rows } = await this.db.raw<{ app_metadata: Record<string, unknown> }>(
      `update "auth_identity" set "app_metadata" = coalesce("app_metadata", '{}'::jsonb) || jsonb_build_object(?::text, ?::text), "updated_at" = now()
        where "id" = ? and coalesce("app_metadata" ->> ?, '') = '' returning "app_metadata"`,
      [key, actorId, identity.id, key],
    )
    if (rows[0]) return { ...identity, app_metadata: rows[0].app_metadata }
    // Linked a moment ago by another request: the link it made stands.
    const { rows: current } = await this.db.raw<{ app_metadata: Record<string, unknown> }>(`select "app_metadata" from "auth_identity" where "id" = ?`, [identity.id])
    return { ...identity, app_metadata: current[0]?.app_metadata ?? identity.app_metadata }
  }
}
