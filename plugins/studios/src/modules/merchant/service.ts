import type { Context } from "@medusajs/framework/types"
import crypto from "node:crypto"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { MerchantStatus } from "../../lib/merchant-status"
import { ApplicationDocument, type ApplicationDocumentKind } from "./models/application-document"
import { BeauticianApplication, type ApplicationStatus } from "./models/beautician-application"
import { Merchant } from "./models/merchant"
import { ReviewDecision, type REVIEW_SUBJECTS } from "./models/review-decision"

type SqlManager = { execute<T = Record<string, unknown>>(sql: string, bindings?: unknown[]): Promise<T[]> }

export interface MerchantRow {
  id: string
  handle: string
  status: MerchantStatus
  legal_name: string | null
  credit_code: string | null
  licence_image_url: string | null
}

/** The merchant was not in a status the change starts from (changed meanwhile); nothing was written. */
export class MerchantChangedError extends Error {
  constructor() {
    super("The merchant changed meanwhile")
  }
}

async function logDecision(
  manager: SqlManager,
  decision: { subject_type: (typeof REVIEW_SUBJECTS)[number]; subject_id: string; from_status: string; to_status: string; actor: string; reason: string | null },
) {
  await manager.execute(`insert into "review_decision" ("id", "subject_type", "subject_id", "from_status", "to_status", "actor", "reason") values (?, ?, ?, ?, ?, ?, ?)`, [
    generateEntityId(undefined, "rdec"),
    decision.subject_type,
    decision.subject_id,
    decision.from_status,
    decision.to_status,
    decision.actor,
    decision.reason,
  ])
}

/** The application was not in a status the decision starts from; nothing was written. */
export class ApplicationChangedError extends Error {
  constructor() {
    super("The application changed meanwhile")
  }
}

export interface ApplicationRow {
  id: string
  merchant_handle: string
  beautician_id: string
  status: ApplicationStatus
}

/** An applicant's uploaded photo, as its uploader and reviewers see it (its bytes are read on their own). */
export interface ApplicationDocumentRow {
  id: string
  kind: ApplicationDocumentKind
  mime: string
  size_bytes: number
  created_at: Date
}

/** Photos one person may have uploaded that no application took yet (a form needs a few, retakes included). */
export const LOOSE_DOCUMENTS_PER_UPLOADER = 12

/** The uploader has as many loose photos as they may; nothing was written. */
export class DocumentLimitError extends Error {
  constructor() {
    super("Too many photos not yet part of an application")
  }
}

/** A document to attach was not the uploader's, was taken meanwhile, or is of another kind; nothing was written. */
export class DocumentsChangedError extends Error {
  constructor() {
    super("The documents changed meanwhile")
  }
}

/** The plugin's options (medusa-config): the key ID numbers are hashed under. */
export interface StudiosOptions {
  idSecret: string
}

export default class MerchantModuleService extends MedusaService({ Merchant, BeauticianApplication, ApplicationDocument, ReviewDecision }) {
  private readonly idSecret: string

  constructor(container: Record<string, unknown>, options?: StudiosOptions) {
    // eslint-disable-next-line prefer-rest-params
    super(...(arguments as unknown as [Record<string, unknown>]))
    if (!options?.idSecret) throw new Error("@doorstep/studios: options.idSecret is required")
    this.idSecret = options.idSecret
  }

  /** Logs a decision taken elsewhere: a beautician's suspension (changed in the appointments module), a review's moderation (trust's), a studio's commission plan (money's). */
  @InjectTransactionManager()
  async recordDecision(decision: Parameters<typeof logDecision>[1], @MedusaContext() sharedContext: Context = {}) {
    await logDecision(sharedContext.transactionManager as SqlManager, decision)
  }

  /** What identifies a person across applications without keeping their ID number: a keyed hash of it. */
  personKey(idNumber: string): string {
    return crypto.createHmac("sha256", this.idSecret).update(idNumber).digest("hex")
  }

  /** Decides on an application in one conditional statement, logged in the same transaction: of two decisions at once, one counts. */
  @InjectTransactionManager()
  async moveApplication(
    input: { id: string; merchant_handle: string; from: ApplicationStatus; to: ApplicationStatus; actor: string; reason: string | null },
    @MedusaContext() sharedContext: Context = {},
  ): Promise<ApplicationRow> {
    const manager = sharedContext.transactionManager as SqlManager
    const [moved] = await manager.execute<ApplicationRow>(
      `update "beautician_application" set "status" = ?, "status_reason" = ?, "updated_at" = now()
        where "id" = ? and "merchant_handle" = ? and "status" = ? and "deleted_at" is null returning *`,
      [input.to, input.reason, input.id, input.merchant_handle, input.from],
    )
    if (!moved) throw new ApplicationChangedError()
    await logDecision(manager, { subject_type: "beautician_application", subject_id: moved.id, from_status: input.from, to_status: input.to, actor: input.actor, reason: input.reason })
    return moved
  }

  /** Keeps an applicant's photo, unless they have as many loose ones as they may (`DocumentLimitError`): counted under a per-uploader lock. */
  @InjectTransactionManager()
  async storeApplicationDocument(
    input: { auth_identity_id: string; kind: ApplicationDocumentKind; mime: string; content: Buffer },
    @MedusaContext() sharedContext: Context = {},
  ): Promise<ApplicationDocumentRow> {
    const manager = sharedContext.transactionManager as SqlManager
    await manager.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`doorstep.application-documents:${input.auth_identity_id}`])
    const [{ loose }] = await manager.execute<{ loose: number }>(
      `select count(*)::int as "loose" from "application_document" where "auth_identity_id" = ? and "application_id" is null and "deleted_at" is null`,
      [input.auth_identity_id],
    )
    if (loose >= LOOSE_DOCUMENTS_PER_UPLOADER) throw new DocumentLimitError()
    const [stored] = await manager.execute<ApplicationDocumentRow>(
      `insert into "application_document" ("id", "auth_identity_id", "kind", "mime", "size_bytes", "content") values (?, ?, ?, ?, ?, ?)
        returning "id", "kind", "mime", "size_bytes", "created_at"`,
      [generateEntityId(undefined, "adoc"), input.auth_identity_id, input.kind, input.mime, input.content.length, input.content.toString("base64")],
    )
    return stored
  }

  /** Gives the uploader's loose photos, each of its kind, to the application: all of them in one statement, or none (`DocumentsChangedError`). */
  @InjectTransactionManager()
  async attachApplicationDocuments(
    input: { auth_identity_id: string; application_id: string; documents: Array<{ id: string; kind: ApplicationDocumentKind }> },
    @MedusaContext() sharedContext: Context = {},
  ): Promise<void> {
    const attached = await (sharedContext.transactionManager as SqlManager).execute(
      `update "application_document" set "application_id" = ?, "updated_at" = now()
        where "auth_identity_id" = ? and "application_id" is null and "deleted_at" is null
          and ("id", "kind") in (${input.documents.map(() => "(?, ?)").join(", ")}) returning "id"`,
      [input.application_id, input.auth_identity_id, ...input.documents.flatMap((d) => [d.id, d.kind])],
    )
    // Throwing rolls the statement back with the transaction.
    if (attached.length !== input.documents.length) throw new DocumentsChangedError()
  }

  /** The bytes of an application's photo, or null when the application has no such photo. */
  async applicationDocumentContent(applicationId: string, documentId: string): Promise<{ mime: string; content: Buffer } | null> {
    const [document] = await this.listApplicationDocuments({ id: documentId, application_id: applicationId }, { select: ["mime", "content"] })
    return document ? { mime: document.mime, content: Buffer.from(document.content, "base64") } : null
  }

  /** Replaces the licence documents while the merchant is in one of `editable`; otherwise `MerchantChangedError`. */
  @InjectTransactionManager()
  async replaceDocuments(
    input: { handle: string; editable: readonly MerchantStatus[]; legal_name: string; credit_code: string; licence_image_url: string },
    @MedusaContext() sharedContext: Context = {},
  ): Promise<MerchantRow> {
    const [changed] = await (sharedContext.transactionManager as SqlManager).execute<MerchantRow>(
      `update "merchant" set "legal_name" = ?, "credit_code" = ?, "licence_image_url" = ?, "updated_at" = now()
        where "handle" = ? and "status" in (${input.editable.map(() => "?").join(", ")}) and "deleted_at" is null returning *`,
      [input.legal_name, input.credit_code, input.licence_image_url, input.handle, ...input.editable],
    )
    if (!changed) throw new MerchantChangedError()
    return changed
  }

  /**
   * Moves the merchant from one of `from` to `to`, with `fields`, in one
   * conditional statement, and logs who did it and why in the same
   * transaction; of two reviewers at once only one decides.
   */
  @InjectTransactionManager()
  async moveMerchant(
    input: { handle: string; from: readonly MerchantStatus[]; to: MerchantStatus; actor: string; reason: string | null; fields?: Record<string, unknown> },
    @MedusaContext() sharedContext: Context = {},
  ): Promise<MerchantRow> {
    const manager = sharedContext.transactionManager as SqlManager
    const fields = Object.entries(input.fields ?? {})
    const [before] = await manager.execute<{ status: MerchantStatus }>(`select "status" from "merchant" where "handle" = ? and "deleted_at" is null for update`, [input.handle])
    const [moved] = await manager.execute<MerchantRow>(
      `update "merchant" set "status" = ?, "status_reason" = ?, ${fields.map(([name]) => `"${name}" = ?, `).join("")}"updated_at" = now()
        where "handle" = ? and "status" in (${input.from.map(() => "?").join(", ")}) and "deleted_at" is null returning *`,
      [input.to, input.reason, ...fields.map(([, value]) => value), input.handle, ...input.from],
    )
    if (!moved || !before) throw new MerchantChangedError()
    await logDecision(manager, { subject_type: "merchant", subject_id: moved.id, from_status: before.status, to_status: input.to, actor: input.actor, reason: input.reason })
    return moved
  }
}
