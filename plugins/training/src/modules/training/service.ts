import { ContainerRegistrationKeys, generateEntityId, MedusaService } from "@medusajs/framework/utils"
import type { CmsOptions } from "../../lib/cms-client"
import { Certification } from "./models/certification"
import { ExamAttempt } from "./models/exam-attempt"

type Rows = { rows: Array<Record<string, any>> }
/** A knex connection or transaction, as far as we use it. */
export interface Sql {
  raw(sql: string, bindings?: unknown[]): Promise<Rows>
}
interface Database extends Sql {
  transaction<T>(work: (trx: Sql) => Promise<T>): Promise<T>
}

/** The plugin's options (medusa-config). */
export interface TrainingOptions {
  /** The cms's base URL (CMS_URL) and commerce's token to it (CMS_API_TOKEN). */
  cmsUrl?: string
  cmsToken?: string
  /** Days before expiry the reminder goes (TRAINING_REMINDER_DAYS, default 14). */
  reminderDays?: number
}

/** The advisory lock that lets one instance at a time remind and expire certifications. */
export const EXPIRY_LOCK = "doorstep.training.expiry"

export interface AttemptRow {
  id: string
  beautician_id: string
  exam_document_id: string
  course_document_id: string
  skill: string
  locale: string
  answers: Record<string, string[]>
  score: number
  passed: boolean
  retry_at: Date | null
  created_at: Date
}

export interface CertificationRow {
  id: string
  beautician_id: string
  skill: string
  product_id: string
  course_document_id: string
  exam_document_id: string
  score: number
  passed_at: Date
  expires_at: Date
  status: "active" | "expired"
  skill_granted: boolean
  reminded_at: Date | null
}

const ATTEMPT_FIELDS = `"id", "beautician_id", "exam_document_id", "course_document_id", "skill", "locale", "answers", "score", "passed", "retry_at", "created_at"`
const CERTIFICATION_FIELDS = `"id", "beautician_id", "skill", "product_id", "course_document_id", "exam_document_id", "score", "passed_at", "expires_at", "status", "skill_granted", "reminded_at"`

/**
 * Stores attempts and certifications. A submission runs in one transaction
 * under an advisory lock on (beautician, exam), so two submissions at once
 * are graded one after the other and the second sees the first's cooldown.
 */
export default class TrainingModuleService extends MedusaService({ ExamAttempt, Certification }) {
  private readonly db: Database
  readonly cms: CmsOptions
  readonly reminderDays: number

  constructor(container: Record<string, unknown>, options?: TrainingOptions) {
    // eslint-disable-next-line prefer-rest-params
    super(...(arguments as unknown as [Record<string, unknown>]))
    this.db = container[ContainerRegistrationKeys.PG_CONNECTION] as Database
    this.cms = { url: options?.cmsUrl ?? "", token: options?.cmsToken ?? "" }
    this.reminderDays = options?.reminderDays ?? 14
  }

  /** Runs `work` in a transaction holding the lock of this beautician's attempts at this exam (waiting for it). */
  async withAttemptLock<T>(beauticianId: string, examDocumentId: string, work: (trx: Sql) => Promise<T>): Promise<T> {
    return await this.db.transaction(async (trx) => {
      await trx.raw(`select pg_advisory_xact_lock(hashtext(?))`, [`doorstep.training.attempt:${beauticianId}:${examDocumentId}`])
      return await work(trx)
    })
  }

  /** Runs `work` in a transaction holding the expiry lock, or resolves to `null` when another instance holds it. */
  async withExpiryLock<T>(work: (trx: Sql) => Promise<T>): Promise<T | null> {
    return await this.db.transaction(async (trx) => {
      const { rows } = await trx.raw(`select pg_try_advisory_xact_lock(hashtext(?)) as "locked"`, [EXPIRY_LOCK])
      return rows[0].locked ? await work(trx) : null
    })
  }

  /** The newest attempt of the beautician at each of these exams (all exams when none are named). */
  async latestAttempts(beauticianId: string, sql: Sql = this.db): Promise<Map<string, AttemptRow>> {
    const { rows } = await sql.raw(
      `select distinct on ("exam_document_id") ${ATTEMPT_FIELDS} from "exam_attempt"
        where "beautician_id" = ? and "deleted_at" is null order by "exam_document_id", "created_at" desc, "id" desc`,
      [beauticianId],
    )
    return new Map(rows.map((row) => [row.exam_document_id as string, row as AttemptRow]))
  }

  async addAttempt(sql: Sql, attempt: Omit<AttemptRow, "id" | "created_at">, now: Date): Promise<AttemptRow> {
    const { rows } = await sql.raw(
      `insert into "exam_attempt" ("id", "beautician_id", "exam_document_id", "course_document_id", "skill", "locale", "answers", "score", "passed", "retry_at", "created_at", "updated_at")
       values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?) returning ${ATTEMPT_FIELDS}`,
      [
        generateEntityId(undefined, "exat"), attempt.beautician_id, attempt.exam_document_id, attempt.course_document_id, attempt.skill, attempt.locale,
        JSON.stringify(attempt.answers), attempt.score, attempt.passed, attempt.retry_at, now, now,
      ],
    )
    return rows[0] as AttemptRow
  }

  /** The beautician's attempts, newest first; `examDocumentId` narrows them to one exam. */
  async attemptsOf(beauticianId: string, examDocumentId?: string): Promise<AttemptRow[]> {
    const { rows } = await this.db.raw(
      `select ${ATTEMPT_FIELDS} from "exam_attempt" where "beautician_id" = ? and (?::text is null or "exam_document_id" = ?) and "deleted_at" is null
        order by "created_at" desc, "id" desc limit 200`,
      [beauticianId, examDocumentId ?? null, examDocumentId ?? null],
    )
    return rows as AttemptRow[]
  }

  async certificationsOf(beauticianId: string, sql: Sql = this.db): Promise<CertificationRow[]> {
    const { rows } = await sql.raw(`select ${CERTIFICATION_FIELDS} from "certification" where "beautician_id" = ? and "deleted_at" is null order by "skill"`, [beauticianId])
    return rows as CertificationRow[]
  }

  /**
   * Records a pass: the certification made or renewed (new score, dates,
   * reminder cleared). `grantedNow` says whether this pass just added the
   * product to the beautician's skills; a renewal of an active certification
   * keeps what it said before.
   */
  async certify(sql: Sql, pass: Omit<CertificationRow, "id" | "status" | "skill_granted" | "reminded_at">, grantedNow: boolean, now: Date): Promise<CertificationRow> {
    const { rows } = await sql.raw(
      `insert into "certification" ("id", "beautician_id", "skill", "product_id", "course_document_id", "exam_document_id", "score", "passed_at", "expires_at", "status", "skill_granted", "created_at", "updated_at")
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)
       on conflict ("beautician_id", "skill") where "deleted_at" is null do update set
         "product_id" = excluded."product_id", "course_document_id" = excluded."course_document_id", "exam_document_id" = excluded."exam_document_id",
         "score" = excluded."score", "passed_at" = excluded."passed_at", "expires_at" = excluded."expires_at", "reminded_at" = null,
         "skill_granted" = case when "certification"."status" = 'active' then "certification"."skill_granted" or excluded."skill_granted" else excluded."skill_granted" end,
         "status" = 'active', "updated_at" = excluded."updated_at"
       returning ${CERTIFICATION_FIELDS}`,
      [
        generateEntityId(undefined, "cert"), pass.beautician_id, pass.skill, pass.product_id, pass.course_document_id, pass.exam_document_id,
        pass.score, pass.passed_at, pass.expires_at, grantedNow, now, now,
      ],
    )
    return rows[0] as CertificationRow
  }

  /** Active certifications whose reminder is due by `now` (`reminderDays` before expiry on the beautician's calendar) and not yet sent. */
  async dueReminders(sql: Sql, now: Date, reminderDays: number): Promise<Array<CertificationRow & { timezone: string; phone: string }>> {
    const { rows } = await sql.raw(
      `select ${CERTIFICATION_FIELDS.split(", ").map((f) => `c.${f}`).join(", ")}, b."timezone", b."phone"
         from "certification" c join "beautician" b on b."id" = c."beautician_id"
        where c."status" = 'active' and c."deleted_at" is null and c."reminded_at" is null and c."expires_at" > ?
          and ((c."expires_at" at time zone b."timezone") - make_interval(days => ?)) at time zone b."timezone" <= ?
        order by c."expires_at" limit 500`,
      [now, reminderDays, now],
    )
    return rows as Array<CertificationRow & { timezone: string; phone: string }>
  }

  async markReminded(sql: Sql, ids: string[], now: Date) {
    if (ids.length > 0) await sql.raw(`update "certification" set "reminded_at" = ?, "updated_at" = ? where "id" = any(?)`, [now, now, ids])
  }

  /** Active certifications that have lapsed by `now`, turned `expired`; resolves to them. */
  async expireDue(sql: Sql, now: Date): Promise<CertificationRow[]> {
    const { rows } = await sql.raw(
      `update "certification" set "status" = 'expired', "updated_at" = ?
        where "id" in (select "id" from "certification" where "status" = 'active' and "expires_at" <= ? and "deleted_at" is null order by "expires_at" limit 500 for update skip locked)
        returning ${CERTIFICATION_FIELDS}`,
      [now, now],
    )
    return rows as CertificationRow[]
  }

  /** What trainers see of a course: attempts, passes, pass rate, distinct beauticians, last attempt. */
  async courseFigures(courseDocumentId: string, sql: Sql = this.db) {
    const { rows } = await sql.raw(
      `select count(*)::int as "attempts", count(*) filter (where "passed")::int as "passes", count(distinct "beautician_id")::int as "beauticians", max("created_at") as "last_attempt_at"
         from "exam_attempt" where "course_document_id" = ? and "deleted_at" is null`,
      [courseDocumentId],
    )
    const { attempts, passes, beauticians, last_attempt_at } = rows[0]
    return { attempts, passes, pass_rate: attempts === 0 ? 0 : Math.round((passes * 1000) / attempts) / 10, beauticians, last_attempt_at: last_attempt_at ? new Date(last_attempt_at) : null }
  }
}
