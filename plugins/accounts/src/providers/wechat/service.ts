import crypto from "node:crypto"
import type { AuthenticationInput, AuthenticationResponse, AuthIdentityProviderService } from "@medusajs/framework/types"
import { AbstractAuthModuleProvider, MedusaError } from "@medusajs/framework/utils"
import { authorizeUrl, userForCode, WechatError, type WechatLoginOptions } from "../../lib/wechat-oauth"

const FAILED = "微信登录失败，请重试 · Signing in with WeChat failed; please try again"

/**
 * Sign-in with WeChat (`POST /auth/customer/wechat` → `{ location }` to send
 * the customer to; WeChat brings them back to the callback URL with `code`
 * and `state`, which the app passes to `/auth/customer/wechat/callback`). The
 * state is ours, single-use and kept by Medusa; the code is traded server-side
 * with the app secret. One WeChat user is one identity: their `unionid` when
 * WeChat gives it (the same person across our apps), else their `openid`.
 */
export class WechatAuthService extends AbstractAuthModuleProvider {
  static override identifier = "wechat"
  static override DISPLAY_NAME = "WeChat"

  static override validateOptions(options: Record<string, unknown>) {
    for (const name of ["appId", "appSecret", "callbackUrl", "openBase", "apiBase"]) {
      if (typeof options[name] !== "string" || !options[name]) throw new Error(`wechat: options.${name} is required`)
    }
  }

  constructor(
    container: Record<string, unknown>,
    private readonly options: WechatLoginOptions,
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...(arguments as unknown as []))
  }

  override async register(): Promise<AuthenticationResponse> {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "WeChat signs people in; there is nothing to register")
  }

  async authenticate(data: AuthenticationInput, identities: AuthIdentityProviderService): Promise<AuthenticationResponse> {
    const state = crypto.randomBytes(24).toString("hex")
    await identities.setState(state, { callback_url: this.options.callbackUrl })
    return { success: true, location: authorizeUrl(this.options, state) }
  }

  override async validateCallback(data: AuthenticationInput, identities: AuthIdentityProviderService): Promise<AuthenticationResponse> {
    const input = { ...(data.body ?? {}), ...(data.query ?? {}) } as { code?: unknown; state?: unknown }
    if (typeof input.code !== "string" || !input.code || typeof input.state !== "string") return { success: false, error: "微信未授权 · WeChat did not sign you in" }
    const state = await identities.getState(input.state)
    if (!state) return { success: false, error: "登录已过期，请重新发起 · The sign-in has expired; please start again" }
    let user
    try {
      user = await userForCode(this.options, input.code)
    } catch (error) {
      if (error instanceof WechatError) return { success: false, error: FAILED }
      throw error
    }
    const entity_id = user.unionid ?? user.openid
    const user_metadata = { nickname: user.nickname, avatar: user.avatar, openid: user.openid, unionid: user.unionid }
    try {
      return { success: true, authIdentity: await identities.retrieve({ entity_id }) }
    } catch (error) {
      if ((error as MedusaError).type !== MedusaError.Types.NOT_FOUND) throw error
      return { success: true, authIdentity: await identities.create({ entity_id, user_metadata }) }
    }
  }
}
