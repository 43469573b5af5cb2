import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { CmsUnavailableError } from "../../../lib/cms-client"
import { readOwnProfile, writeOwnProfileDraft } from "../../../lib/profile-drafts"
import { CONTENT_MODULE, type ContentModuleService } from "../../../modules/content"
import type { ProfileChangeBody, ProfileQuery } from "./validators"

const unavailable = () => new DomainError(503, "CMS_UNAVAILABLE", "资料暂时无法读取或保存，请稍后再试 · Profiles cannot be read or saved now; try again shortly")

function cmsOf(req: AuthenticatedMedusaRequest) {
  const content = req.scope.resolve<ContentModuleService>(CONTENT_MODULE)
  if (!content.cms || !content.mediaUrl) throw unavailable()
  return { cms: content.cms, mediaUrl: content.mediaUrl }
}

async function orUnavailable<T>(work: Promise<T>): Promise<T> {
  try {
    return await work
  } catch (error) {
    if (error instanceof CmsUnavailableError) throw unavailable()
    throw error
  }
}

/** GET /pro/profile?locale= — the beautician's profile as the public sees it, and their change waiting for review. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { cms, mediaUrl } = cmsOf(req)
  const { locale } = validated<ProfileQuery>(req)
  res.json({ profile: await orUnavailable(readOwnProfile(cms, mediaUrl, req.auth_context.actor_id, locale)) })
})

/**
 * POST /pro/profile — the beautician's change to their bio, specialties and
 * photos, written as a draft for the cms's content reviewer: what the public
 * sees changes only when the reviewer publishes. Nothing is written on refusal.
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { cms, mediaUrl } = cmsOf(req)
  const change = validated<ProfileChangeBody>(req)
  const beauticianId = req.auth_context.actor_id
  await orUnavailable(writeOwnProfileDraft(req.scope, cms, beauticianId, change))
  res.json({ profile: await orUnavailable(readOwnProfile(cms, mediaUrl, beauticianId, change.locale)) })
})
