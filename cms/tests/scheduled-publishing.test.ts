import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { publishDueEntries, SCHEDULE_LOCK_KEY, startScheduledPublishing, stopScheduledPublishing } from '../src/bootstrap/scheduled-publishing';
import { bootStrapi, stopStrapi } from './strapi';

/**
 * Scheduled publishing with a pinned clock (the job takes `now`; wall time
 * never decides), through the document service so the signed webhooks reach a
 * loopback "commerce", under the advisory lock shared by every cms instance.
 */
const ARTICLE = 'api::article.article';
const BANNER = 'api::banner.banner';
const COURSE = 'api::course.course';
const SERVICE = 'api::service-content.service-content';
const PAGE = 'api::merchant-page.merchant-page';
const run = Date.now().toString(36);
/** Midnight in Shanghai, 16:00 the day before in UTC. */
const NOW = new Date('2031-03-01T00:00:00+08:00');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000).toISOString();
const NEVER = '2040-01-01T00:00:00+08:00';

interface Delivery {
  headers: http.IncomingHttpHeaders;
  raw: string;
  body: { event: string; model: string; documentId: string; locale: string | null };
}
const deliveries: Delivery[] = [];
let receiver: http.Server;
let app: Core.Strapi;

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      deliveries.push({ headers: req.headers, raw, body: JSON.parse(raw) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  app = await bootStrapi({ commerceUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}` });
});

afterAll(async () => {
  if (app) await stopStrapi(app);
  receiver?.close();
});

const documents = (uid: string) => app.documents(uid as never);
const create = async (uid: string, data: Record<string, unknown>, locale = 'zh-CN') =>
  (await documents(uid).create({ locale, data } as never)).documentId as string;
const isPublished = async (uid: string, documentId: string, locale = 'zh-CN') =>
  (await app.db.query(uid).count({ where: { documentId, locale, publishedAt: { $notNull: true } } })) === 1;
/** The schedule on a locale's draft, as ISO instants in UTC. */
async function draftOf(uid: string, documentId: string, locale = 'zh-CN'): Promise<{ publish_at: string | null; unpublish_at: string | null }> {
  const row = await app.db.query(uid).findOne({ where: { documentId, locale, publishedAt: null }, select: ['publish_at', 'unpublish_at'] });
  const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);
  return { publish_at: iso(row.publish_at), unpublish_at: iso(row.unpublish_at) };
}
const hooks = (event: string, documentId: string, locale = 'zh-CN') =>
  deliveries.filter((delivery) => delivery.body.event === event && delivery.body.documentId === documentId && delivery.body.locale === locale);

async function webhook(event: string, documentId: string, locale = 'zh-CN'): Promise<Delivery> {
  for (const until = Date.now() + 5_000; Date.now() < until; await new Promise((resolve) => setTimeout(resolve, 25))) {
    const [found] = hooks(event, documentId, locale);
    if (found) return found;
  }
  throw new Error(`no ${event} webhook for ${documentId} (${locale})`);
}

function expectSigned(delivery: Delivery): void {
  const timestamp = Number(delivery.headers['x-doorstep-timestamp']);
  const expected = crypto.createHmac('sha256', process.env.CMS_WEBHOOK_SECRET!).update(`${timestamp}.${delivery.raw}`).digest('hex');
  expect(delivery.headers['x-doorstep-signature']).toBe(`sha256=${expected}`);
}

describe('scheduled publishing', () => {
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const slug = `scheduled-${run}`;
    ids.article = await create(ARTICLE, { slug, title: '定时文章', publish_at: minutes(-1) });
    await documents(ARTICLE).update({ documentId: ids.article, locale: 'en', data: { slug, title: 'Scheduled article', publish_at: minutes(1) } } as never);
    ids.service = await create(SERVICE, { handle: `scheduled-${run}`, title: '定时护理', publish_at: minutes(0), unpublish_at: minutes(60) });
    ids.banner = await create(BANNER, { title: '未到时', link: '/later', starts_at: minutes(0), ends_at: NEVER, publish_at: NEVER });
    ids.course = await create(COURSE, { slug: `retiring-${run}`, title: '下线课程', skill: 'nail-art', level: 'beginner' });
    await documents(COURSE).publish({ documentId: ids.course, locale: 'zh-CN' } as never);
    await documents(COURSE).update({ documentId: ids.course, locale: 'zh-CN', data: { unpublish_at: minutes(-5) } } as never);
  });

  it('publishes what has come due, in that locale only, and tells commerce with a signed webhook', async () => {
    const result = await publishDueEntries(app, { now: NOW });
    expect(result.skipped).toBe(false);
    expect(result.failed).toEqual([]);
    expect(result.published).toEqual(expect.arrayContaining([`${ARTICLE} ${ids.article} (zh-CN)`, `${SERVICE} ${ids.service} (zh-CN)`]));
    expect(await isPublished(ARTICLE, ids.article, 'zh-CN')).toBe(true);
    expect(await isPublished(ARTICLE, ids.article, 'en')).toBe(false);
    expect(await isPublished(SERVICE, ids.service)).toBe(true);
    const live = await request(app.server.httpServer).get(`/api/articles?filters[slug][$eq]=scheduled-${run}&locale=zh-CN`);
    expect(live.body.data).toEqual([expect.objectContaining({ title: '定时文章', publish_at: null })]);
    // Carried out, the order is cleared; the later unpublish stays.
    expect(await draftOf(ARTICLE, ids.article)).toMatchObject({ publish_at: null });
    expect(await draftOf(ARTICLE, ids.article, 'en')).toMatchObject({ publish_at: minutes(1) });
    expect(await draftOf(SERVICE, ids.service)).toMatchObject({ publish_at: null, unpublish_at: minutes(60) });
    expectSigned(await webhook('entry.publish', ids.article));
    expect((await webhook('entry.publish', ids.service)).body).toMatchObject({ model: 'service-content' });
  });

  it('leaves what is not yet due alone', async () => {
    expect(await isPublished(BANNER, ids.banner)).toBe(false);
    expect(await draftOf(BANNER, ids.banner)).toMatchObject({ publish_at: new Date(NEVER).toISOString() });
    expect(hooks('entry.publish', ids.article, 'en')).toEqual([]);
  });

  it('unpublishes an entry whose unpublish_at has come, and tells commerce', async () => {
    expect(await isPublished(COURSE, ids.course)).toBe(false);
    expect(await draftOf(COURSE, ids.course)).toMatchObject({ unpublish_at: null });
    expect((await webhook('entry.unpublish', ids.course)).body).toMatchObject({ model: 'course' });
    const live = await request(app.server.httpServer).get(`/api/courses?filters[slug][$eq]=retiring-${run}`);
    expect(live.body.data).toEqual([]);
  });

  it('does each order once: a later run changes nothing, and an editor who unpublished by hand is not overruled', async () => {
    await documents(ARTICLE).unpublish({ documentId: ids.article, locale: 'zh-CN' } as never);
    const later = await publishDueEntries(app, { now: new Date(NOW.getTime() + 30_000) });
    expect(later).toMatchObject({ skipped: false, published: [], unpublished: [], failed: [] });
    expect(await isPublished(ARTICLE, ids.article, 'zh-CN')).toBe(false);
    expect(hooks('entry.publish', ids.article)).toHaveLength(1);
  });

  it('publishes the English version when its own time comes, and takes the service down at its unpublish_at', async () => {
    const result = await publishDueEntries(app, { now: new Date(minutes(60)) });
    expect(result.published).toEqual([`${ARTICLE} ${ids.article} (en)`]);
    expect(result.unpublished).toEqual([`${SERVICE} ${ids.service} (zh-CN)`]);
    expect(await isPublished(ARTICLE, ids.article, 'en')).toBe(true);
    expect(await isPublished(SERVICE, ids.service)).toBe(false);
    await webhook('entry.publish', ids.article, 'en');
    await webhook('entry.unpublish', ids.service);
  });

  it('keeps a published entry as it is when its publish_at is cleared', async () => {
    const pageId = await create(PAGE, { merchant_handle: `scheduled-${run}`, name: '定时门店' });
    await documents(PAGE).publish({ documentId: pageId, locale: 'zh-CN' } as never);
    await documents(PAGE).update({ documentId: pageId, locale: 'zh-CN', data: { publish_at: minutes(100) } } as never);
    await documents(PAGE).update({ documentId: pageId, locale: 'zh-CN', data: { publish_at: null } } as never);
    const result = await publishDueEntries(app, { now: new Date(minutes(200)) });
    expect(result).toMatchObject({ published: [], unpublished: [], failed: [] });
    expect(await isPublished(PAGE, pageId)).toBe(true);
  });

  it('compares instants at the Shanghai date line: 00:30 on 2 March in Shanghai is 16:30 on 1 March UTC', async () => {
    const bannerId = await create(BANNER, {
      title: '午夜横幅',
      link: '/midnight',
      starts_at: '2031-03-02T00:30:00+08:00',
      ends_at: NEVER,
      publish_at: '2031-03-02T00:30:00+08:00',
    });
    expect((await publishDueEntries(app, { now: new Date('2031-03-01T16:29:59.999Z') })).published).toEqual([]);
    expect(await isPublished(BANNER, bannerId)).toBe(false);
    expect((await publishDueEntries(app, { now: new Date('2031-03-01T16:30:00.000Z') })).published).toEqual([`${BANNER} ${bannerId} (zh-CN)`]);
    expect(await isPublished(BANNER, bannerId)).toBe(true);
  });

  it('keeps a due entry that cannot be published for the next run, and goes on with the others', async () => {
    // A draft may lack required fields; publishing refuses it.
    const brokenId = await create(BANNER, { title: '缺链接', starts_at: minutes(0), ends_at: NEVER, publish_at: minutes(300) });
    const fineId = await create(ARTICLE, { slug: `fine-${run}`, title: '照常发布', publish_at: minutes(300) });
    const result = await publishDueEntries(app, { now: new Date(minutes(300)) });
    expect(result.failed).toEqual([expect.objectContaining({ entry: `${BANNER} ${brokenId} (zh-CN)` })]);
    expect(result.published).toEqual([`${ARTICLE} ${fineId} (zh-CN)`]);
    expect(await draftOf(BANNER, brokenId)).toMatchObject({ publish_at: minutes(300) });
    await documents(BANNER).update({ documentId: brokenId, locale: 'zh-CN', data: { link: '/fixed' } } as never);
    expect((await publishDueEntries(app, { now: new Date(minutes(301)) })).published).toEqual([`${BANNER} ${brokenId} (zh-CN)`]);
  });
});

describe('two cms instances', () => {
  const holdLock = async () => {
    const knex = app.db.connection;
    const connection = await knex.client.acquireConnection();
    await knex.raw('select pg_advisory_lock(hashtext(?))', [SCHEDULE_LOCK_KEY]).connection(connection);
    return async () => {
      await knex.raw('select pg_advisory_unlock(hashtext(?))', [SCHEDULE_LOCK_KEY]).connection(connection);
      await knex.client.releaseConnection(connection);
    };
  };

  it('skip the minute while another holds the lock, and publish nothing', async () => {
    const documentId = await create(ARTICLE, { slug: `locked-${run}`, title: '锁住', publish_at: minutes(400) });
    const release = await holdLock();
    try {
      const result = await publishDueEntries(app, { now: new Date(minutes(400)) });
      expect(result).toMatchObject({ skipped: true, published: [] });
      expect(await isPublished(ARTICLE, documentId)).toBe(false);
      expect(await draftOf(ARTICLE, documentId)).toMatchObject({ publish_at: minutes(400) });
    } finally {
      await release();
    }
    expect((await publishDueEntries(app, { now: new Date(minutes(400)) })).published).toEqual([`${ARTICLE} ${documentId} (zh-CN)`]);
  });

  it('run at the same moment: exactly one publishes each entry', async () => {
    const documentIds = [];
    for (let i = 0; i < 5; i += 1) documentIds.push(await create(ARTICLE, { slug: `race-${i}-${run}`, title: `并发 ${i}`, publish_at: minutes(500) }));
    const now = new Date(minutes(500));
    const runs = await Promise.all([publishDueEntries(app, { now }), publishDueEntries(app, { now }), publishDueEntries(app, { now })]);
    const published = runs.flatMap((result) => result.published);
    expect(published.sort()).toEqual(documentIds.map((documentId) => `${ARTICLE} ${documentId} (zh-CN)`).sort());
    expect(runs.filter((result) => result.published.length > 0)).toHaveLength(1);
    for (const documentId of documentIds) await webhook('entry.publish', documentId);
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const documentId of documentIds) expect(hooks('entry.publish', documentId)).toHaveLength(1);
  });
});

describe('publish and unpublish times', () => {
  const refusal = /must be unpublished after it is published/;

  it('refuse an unpublish_at not after publish_at, on create and on a later change of either, per locale', async () => {
    const data = { slug: `window-${run}`, title: '时间窗', publish_at: '2031-05-01T10:00:00+08:00' };
    await expect(create(ARTICLE, { ...data, unpublish_at: '2031-05-01T10:00:00+08:00' })).rejects.toThrow(refusal);
    const documentId = await create(ARTICLE, data);
    await expect(documents(ARTICLE).update({ documentId, locale: 'zh-CN', data: { unpublish_at: '2031-05-01T01:59:00Z' } } as never)).rejects.toThrow(refusal);
    await documents(ARTICLE).update({ documentId, locale: 'zh-CN', data: { unpublish_at: '2031-05-01T02:01:00Z' } } as never);
    await expect(documents(ARTICLE).update({ documentId, locale: 'zh-CN', data: { publish_at: '2031-05-02T00:00:00+08:00' } } as never)).rejects.toThrow(refusal);
    // The English version keeps its own times.
    await documents(ARTICLE).update({ documentId, locale: 'en', data: { slug: data.slug, title: 'Window', unpublish_at: '2031-04-01T00:00:00+08:00' } } as never);
    expect(await draftOf(ARTICLE, documentId, 'en')).toMatchObject({ publish_at: null, unpublish_at: '2031-03-31T16:00:00.000Z' });
  });

  it.each([BANNER, COURSE, SERVICE, PAGE])('are checked on %s too', async (uid) => {
    const data = { publish_at: '2031-05-01T10:00:00+08:00', unpublish_at: '2031-05-01T09:00:00+08:00' };
    await expect(create(uid, data)).rejects.toThrow(refusal);
  });
});

describe("the admin panel's schedule fields", () => {
  it.each([ARTICLE, BANNER, COURSE, SERVICE, PAGE])('tell editors of %s that the times are Shanghai time', async (uid) => {
    const views = app.plugin('content-manager').service('content-types');
    const { metadatas } = await views.findConfiguration({ uid });
    expect(metadatas.publish_at.edit).toMatchObject({ label: '定时发布 Publish at', description: expect.stringContaining('上海时间 (Asia/Shanghai, UTC+8)') });
    expect(metadatas.unpublish_at.edit).toMatchObject({ label: '定时下线 Unpublish at', description: expect.stringContaining('Shanghai time') });
  });
});

describe('the cron task', () => {
  it('runs every minute unless CMS_SCHEDULER=off, and runs the job', async () => {
    expect(startScheduledPublishing(app, { CMS_SCHEDULER: 'off' })).toBeNull();
    const task = startScheduledPublishing(app, {})!;
    try {
      expect(task.getPattern()).toBe('* * * * *');
      expect(await task.execute()).toMatchObject({ skipped: false, failed: [] });
    } finally {
      await stopScheduledPublishing(app);
    }
    expect(task.getStatus()).toBe('destroyed');
  });
});
