import type { Core } from '@strapi/strapi';
import cron, { type ScheduledTask } from 'node-cron';
import { dueScheduleChanges, SCHEDULE_FIELDS, type ScheduleChange, type ScheduledEntry } from '../utils/publishing-schedule';

/** The types editors and trainers schedule: each has optional, localized `publish_at` and `unpublish_at`. */
export const SCHEDULED_TYPES = [
  'api::banner.banner',
  'api::article.article',
  'api::course.course',
  'api::service-content.service-content',
  'api::merchant-page.merchant-page',
] as const;

/** One key for every cms instance: whoever holds it runs the minute's schedule, the others skip. */
export const SCHEDULE_LOCK_KEY = 'cms:scheduled-publishing';

type DraftRow = { id: number; documentId: string; locale: string | null; publish_at: string | null; unpublish_at: string | null };

export interface ScheduleRun {
  skipped: boolean;
  published: string[];
  unpublished: string[];
  cleared: string[];
  failed: Array<{ entry: string; error: string }>;
}

/** `api::course.course documentId (zh-CN)`, as the log and the run's answer name an entry. */
const label = (uid: string, change: Pick<ScheduleChange, 'documentId' | 'locale'>) =>
  `${uid} ${change.documentId}${change.locale ? ` (${change.locale})` : ''}`;

async function dueChangesOf(strapi: Core.Strapi, uid: string, now: Date): Promise<Array<ScheduleChange & { draftId: number }>> {
  // Editors change the draft: its schedule is the one that counts, also for a published entry.
  const drafts = (await strapi.db.query(uid).findMany({
    where: { publishedAt: null, $or: [{ publish_at: { $lte: now } }, { unpublish_at: { $lte: now } }] },
    select: ['id', 'documentId', 'locale', ...SCHEDULE_FIELDS],
  })) as DraftRow[];
  if (drafts.length === 0) return [];
  const published = (await strapi.db.query(uid).findMany({
    where: { documentId: { $in: [...new Set(drafts.map((draft) => draft.documentId))] }, publishedAt: { $notNull: true } },
    select: ['documentId', 'locale'],
  })) as Array<{ documentId: string; locale: string | null }>;
  const key = (row: { documentId: string; locale: string | null }) => `${row.documentId}|${row.locale}`;
  const live = new Set(published.map(key));
  const draftIds = new Map(drafts.map((draft) => [key(draft), draft.id]));
  const entries: ScheduledEntry[] = drafts.map((draft) => ({ ...draft, published: live.has(key(draft)) }));
  return dueScheduleChanges(entries, now).map((change) => ({ ...change, draftId: draftIds.get(key(change))! }));
}

/**
 * Carries out what has come due by `now`: publishes or unpublishes through the
 * document service (so Strapi's events, and with them the signed webhooks to
 * commerce, follow as for an editor's click) and clears the schedule that was
 * carried out. Each entry and locale in its own transaction: one that cannot
 * be published (a draft missing a required field) is logged and kept for the
 * next run, the others go ahead.
 *
 * Runs under a PostgreSQL session advisory lock held on one pooled connection
 * for the whole run, so of several cms instances (or overlapping runs) exactly
 * one works and the others return `skipped` at once. The lock goes with the
 * connection if the process dies.
 */
export async function publishDueEntries(strapi: Core.Strapi, { now }: { now: Date }): Promise<ScheduleRun> {
  const run: ScheduleRun = { skipped: false, published: [], unpublished: [], cleared: [], failed: [] };
  const knex = strapi.db.connection;
  const connection = await knex.client.acquireConnection();
  try {
    const { rows } = await knex.raw('select pg_try_advisory_lock(hashtext(?)) as locked', [SCHEDULE_LOCK_KEY]).connection(connection);
    if (!rows[0].locked) return { ...run, skipped: true };
    try {
      for (const uid of SCHEDULED_TYPES) {
        for (const change of await dueChangesOf(strapi, uid, now)) await carryOut(strapi, uid, change, run);
      }
    } finally {
      await knex.raw('select pg_advisory_unlock(hashtext(?))', [SCHEDULE_LOCK_KEY]).connection(connection);
    }
  } finally {
    await knex.client.releaseConnection(connection);
  }
  const done = run.published.length + run.unpublished.length + run.cleared.length;
  if (done > 0) strapi.log.info(`Scheduled publishing: ${run.published.length} published, ${run.unpublished.length} unpublished, ${run.cleared.length} lapsed`);
  return run;
}

async function carryOut(strapi: Core.Strapi, uid: string, change: ScheduleChange & { draftId: number }, run: ScheduleRun): Promise<void> {
  const { documentId, locale, action, clear } = change;
  const params = { documentId, ...(locale ? { locale } : {}) };
  const name = label(uid, change);
  try {
    await strapi.db.transaction(async () => {
      // Cleared before publishing, so the published version carries the cleared schedule too.
      await strapi.db.query(uid).update({ where: { id: change.draftId }, data: Object.fromEntries(clear.map((field) => [field, null])) });
      if (action === 'publish') await strapi.documents(uid as never).publish(params as never);
      if (action === 'unpublish') await strapi.documents(uid as never).unpublish(params as never);
    });
    (action === 'publish' ? run.published : action === 'unpublish' ? run.unpublished : run.cleared).push(name);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    run.failed.push({ entry: name, error: message });
    strapi.log.error(`Scheduled publishing could not ${action ?? 'clear'} ${name}: ${message}; it is tried again next minute`);
  }
}

const tasks = new WeakMap<Core.Strapi, ScheduledTask>();

/**
 * Every minute, unless `CMS_SCHEDULER=off` (the test helpers set that; a test
 * that wants the task starts it itself). Runs of one instance never overlap.
 */
export function startScheduledPublishing(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env): ScheduledTask | null {
  if (env.CMS_SCHEDULER === 'off') {
    strapi.log.info('CMS_SCHEDULER=off: scheduled publishing does not run in this instance');
    return null;
  }
  const task = cron.schedule(
    '* * * * *',
    async () => {
      try {
        return await publishDueEntries(strapi, { now: new Date() });
      } catch (error) {
        strapi.log.error(`Scheduled publishing failed: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      }
    },
    { name: 'scheduled-publishing', noOverlap: true },
  );
  tasks.set(strapi, task);
  return task;
}

export async function stopScheduledPublishing(strapi: Core.Strapi): Promise<void> {
  await tasks.get(strapi)?.destroy();
  tasks.delete(strapi);
}

const FIELD_TEXT = {
  publish_at: {
    label: '定时发布 Publish at',
    description:
      '上海时间 (Asia/Shanghai, UTC+8)。到时自动发布本语言的草稿,随后清空。Shanghai time; the draft of this language is published then, and the field cleared.',
  },
  unpublish_at: {
    label: '定时下线 Unpublish at',
    description:
      '上海时间 (Asia/Shanghai, UTC+8),须晚于定时发布。到时自动下线本语言,随后清空。Shanghai time, after publish at; this language is unpublished then.',
  },
} as const;

type FieldMetadata = { edit?: Record<string, unknown>; list?: Record<string, unknown> };
type CmConfiguration = { settings: unknown; layouts: unknown; metadatas: Record<string, FieldMetadata> };

/**
 * The admin panel shows datetimes in the browser's time zone and stores UTC;
 * the labels and help text (content-manager view settings, kept in code) tell
 * editors the times are Shanghai time.
 */
export async function describeScheduleFields(strapi: Core.Strapi): Promise<void> {
  const views = strapi.plugin('content-manager').service('content-types') as {
    findConfiguration(contentType: { uid: string }): Promise<CmConfiguration>;
    updateConfiguration(contentType: { uid: string }, configuration: CmConfiguration): Promise<unknown>;
  };
  for (const uid of SCHEDULED_TYPES) {
    const { settings, layouts, metadatas } = await views.findConfiguration({ uid });
    for (const field of SCHEDULE_FIELDS) {
      const { label: fieldLabel, description } = FIELD_TEXT[field];
      const current = metadatas[field] ?? {};
      metadatas[field] = { ...current, edit: { ...current.edit, label: fieldLabel, description }, list: { ...current.list, label: fieldLabel } };
    }
    await views.updateConfiguration({ uid }, { settings, layouts, metadatas });
  }
}
