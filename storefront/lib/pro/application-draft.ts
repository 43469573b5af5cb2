import type { ApplicationInput } from "./application"

/** A photo uploaded for the application: commerce's id for it, and a preview while the page lives. */
export interface DraftPhoto {
  id: string
  preview?: string
}

/** The application as the applicant fills it in, step by step, before it is handed in. */
export interface ApplicationDraft {
  studio: string | null
  displayName: string
  bio: string
  email: string
  skills: string[]
  district: string
  pin: { lat: number; lng: number } | null
  radiusKm: number
  idNumber: string
  idFront: DraftPhoto | null
  idBack: DraftPhoto | null
  certificates: Array<{ key: number; name: string; photo: DraftPhoto | null }>
  consent: boolean
}

export const STEPS = ["studio", "profile", "skills", "area", "documents", "confirm"] as const
export type Step = (typeof STEPS)[number]

export const RADIUS_CHOICES_KM = [3, 5, 8, 10, 15, 20] as const

export const emptyDraft = (): ApplicationDraft => ({
  studio: null,
  displayName: "",
  bio: "",
  email: "",
  skills: [],
  district: "",
  pin: null,
  radiusKm: 5,
  idNumber: "",
  idFront: null,
  idBack: null,
  certificates: [{ key: 0, name: "", photo: null }],
  consent: false,
})

const ID_NUMBER = /^\d{17}[\dX]$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Whether a step has what it needs to go on (commerce checks it all again). */
export function stepComplete(step: Step, draft: ApplicationDraft): boolean {
  switch (step) {
    case "studio":
      return draft.studio !== null
    case "profile":
      return draft.displayName.trim().length >= 2 && draft.displayName.trim().length <= 40 && (!draft.email.trim() || EMAIL.test(draft.email.trim()))
    case "skills":
      return draft.skills.length > 0
    case "area":
      return Boolean(draft.district && draft.pin)
    case "documents":
      return ID_NUMBER.test(draft.idNumber.trim().toUpperCase()) && Boolean(draft.idFront) && draft.certificates.every((c) => c.name.trim().length >= 2 && c.photo)
    case "confirm":
      return draft.consent
  }
}

/** The step where a refused field is fixed. */
export function stepOfField(field: string | undefined): Step {
  const name = field?.split(".")[0] ?? ""
  if (name === "merchant_handle") return "studio"
  if (["display_name", "bio", "email"].includes(name)) return "profile"
  if (name === "skill_product_ids") return "skills"
  if (["district", "home", "service_radius_km"].includes(name)) return "area"
  if (["id_number", "id_document_ids", "certificates"].includes(name)) return "documents"
  return "confirm"
}

/** What `POST /pro/application` gets from a complete draft. */
export function applicationBody(draft: ApplicationDraft): ApplicationInput {
  return {
    merchant_handle: draft.studio ?? "",
    display_name: draft.displayName.trim(),
    ...(draft.bio.trim() ? { bio: draft.bio.trim() } : {}),
    ...(draft.email.trim() ? { email: draft.email.trim() } : {}),
    id_number: draft.idNumber.trim().toUpperCase(),
    id_document_ids: [draft.idFront, draft.idBack].flatMap((photo) => (photo ? [photo.id] : [])),
    certificates: draft.certificates.map((c) => ({ name: c.name.trim(), document_id: c.photo?.id ?? "" })),
    background_check_consent: true,
    district: draft.district,
    home: draft.pin ?? { lat: 0, lng: 0 },
    service_radius_km: draft.radiusKm,
    skill_product_ids: draft.skills,
  }
}

const KEY = "doorstep.pro-application"

/**
 * The draft survives a reload (phones often drop a page while the camera is
 * open): kept in this tab's session storage, without the previews.
 */
export function saveDraft(draft: ApplicationDraft, step: Step): void {
  const strip = (photo: DraftPhoto | null) => (photo ? { id: photo.id } : null)
  const kept = { ...draft, idFront: strip(draft.idFront), idBack: strip(draft.idBack), certificates: draft.certificates.map((c) => ({ ...c, photo: strip(c.photo) })) }
  sessionStorage.setItem(KEY, JSON.stringify({ draft: kept, step }))
}

export function savedDraft(): { draft: ApplicationDraft; step: Step } | null {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? "null") as { draft: ApplicationDraft; step: Step } | null
    return saved && STEPS.includes(saved.step) ? saved : null
  } catch {
    return null
  }
}

export const forgetDraft = () => sessionStorage.removeItem(KEY)
