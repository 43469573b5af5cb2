import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';
import request from 'supertest';
import { loadCourses } from '../src/utils/demo-data';
import { bootStrapi, stopStrapi } from './strapi';

/** The contract commerce builds on: its API token, draft profiles, grading keys, signed webhooks. */
const PROFILE = 'api::beautician-profile.beautician-profile';
const hydrating = loadCourses().find((course) => course.skill === 'hydrating-facial')!;

interface Delivery {
  headers: http.IncomingHttpHeaders;
  raw: string;
  body: { event: string; model: string; documentId: string; locale: string | null; entry: Record<string, unknown> };
}

const deliveries: Delivery[] = [];
let failNext = 0;
let receiver: http.Server;
let app: Core.Strapi;
let token: string;

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      if (failNext > 0) {
        failNext -= 1;
        res.writeHead(503).end();
        return;
      }
      deliveries.push({ headers: req.headers, raw, body: JSON.parse(raw) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  process.env.CMS_WEBHOOK_RETRY_DELAYS_MS = '50,100,200';
  app = await bootStrapi({ commerceUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}` });
  token = process.env.CMS_API_TOKEN!;
});

afterAll(async () => {
  if (app) await stopStrapi(app);
  receiver?.close();
});

const http_ = () => request(app.server.httpServer);
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const sync = (beauticianId: string, data: unknown, key = token) =>
  http_().put(`/api/beautician-profiles/sync/${beauticianId}`).set(bearer(key)).send({ data });

async function waitFor<T>(find: () => T | undefined, timeoutMs = 5_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('commerce API token', () => {
  it('exists once, with CMS_API_TOKEN as its key, after any number of starts', async () => {
    const tokens = await app.db.query('admin::api-token').findMany({ where: { name: 'doorstep-commerce' } });
    expect(tokens).toHaveLength(1);
    expect(tokens[0].accessKey).not.toBe(token); // only the salted hash is stored
    const response = await http_().get('/api/courses').set(bearer(token));
    expect(response.status).toBe(200);
  });
});

describe('service-record photos', () => {
  it("go to the cms's upload store with commerce's token, resized; nobody else may upload", async () => {
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 200, g: 200, b: 200 } } }).jpeg().toBuffer();
    const upload = (headers: Record<string, string>) =>
      http_().post('/api/upload').set(headers).attach('files', photo, { filename: 'after.jpg', contentType: 'image/jpeg' });
    const stored = await upload(bearer(token));
    expect(stored.status).toBe(201);
    expect(stored.body[0]).toMatchObject({ mime: 'image/jpeg', width: 800, height: 600, url: expect.stringMatching(/^\/uploads\//) });
    expect(Object.keys(stored.body[0].formats).sort()).toEqual(['medium', 'small', 'thumbnail']);
    expect((await upload({})).status).toBe(403);
  });
});

describe('PUT /api/beautician-profiles/sync/:beauticianId', () => {
  it('creates the draft profile in Chinese once; a second call leaves the content alone', async () => {
    const first = await sync('beau_01SYNC', { display_name: '王静', merchant_handle: 'jingan-lumiere' });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      data: { documentId: expect.any(String), beautician_id: 'beau_01SYNC', merchant_handle: 'jingan-lumiere', publishedAt: null },
      meta: { created: true },
    });
    const { documentId } = first.body.data;
    await app.documents(PROFILE).update({ documentId, locale: 'zh-CN', data: { display_name: '王静老师' } } as never);
    const second = await sync('beau_01SYNC', { display_name: 'Wang Jing', merchant_handle: 'jingan-lumiere' });
    expect(second.body).toEqual({ data: { ...first.body.data }, meta: { created: false } });
    const draft = await app.documents(PROFILE).findOne({ documentId, locale: 'zh-CN' } as never);
    expect(draft).toMatchObject({ display_name: '王静老师', locale: 'zh-CN', publishedAt: null });
    // A draft is nobody's business but the editors' and commerce's (which reconciles against drafts too).
    expect((await http_().get('/api/beautician-profiles?filters[beautician_id][$eq]=beau_01SYNC')).body.data).toHaveLength(0);
    const drafts = await http_().get('/api/beautician-profiles?status=draft&filters[beautician_id][$eq]=beau_01SYNC').set(bearer(token));
    expect(drafts.body.data).toEqual([expect.objectContaining({ documentId, display_name: '王静老师', publishedAt: null })]);
    const reconciliation = await http_()
      .get('/api/beautician-profiles?status=draft&fields[0]=beautician_id&fields[1]=merchant_handle&pagination[pageSize]=100')
      .set(bearer(token));
    expect(reconciliation.body.data).toContainEqual({ id: expect.any(Number), documentId, beautician_id: 'beau_01SYNC', merchant_handle: 'jingan-lumiere' });
  });

  it('makes exactly one profile under 5 parallel calls', async () => {
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => sync('beau_01PARALLEL', { display_name: '李娜', merchant_handle: 'xuhui-qingyu' })),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers.filter((answer) => answer.body.meta.created)).toHaveLength(1);
    expect(new Set(answers.map((answer) => answer.body.data.documentId)).size).toBe(1);
    expect(await app.db.query(PROFILE).count({ where: { beautician_id: 'beau_01PARALLEL' } })).toBe(1);
  });

  it('moves the profile, every locale and version, to the studio commerce names', async () => {
    const { body } = await sync('beau_01MOVE', { display_name: '陈晨', merchant_handle: 'pudong-mosu' });
    await app.documents(PROFILE).update({ documentId: body.data.documentId, locale: 'en', data: { display_name: 'Chen Chen' } } as never);
    await app.documents(PROFILE).publish({ documentId: body.data.documentId, locale: '*' } as never);
    const moved = await sync('beau_01MOVE', { display_name: '陈晨', merchant_handle: 'xuhui-qingyu' });
    expect(moved.body.data).toMatchObject({ merchant_handle: 'xuhui-qingyu', publishedAt: expect.any(String) });
    const rows = await app.db.query(PROFILE).findMany({ where: { beautician_id: 'beau_01MOVE' } });
    expect(rows).toHaveLength(4);
    expect(rows.every((row: { merchant_handle: string }) => row.merchant_handle === 'xuhui-qingyu')).toBe(true);
    const published = await http_().get('/api/beautician-profiles?locale=en&filters[beautician_id][$eq]=beau_01MOVE');
    expect(published.body.data[0]).toMatchObject({ display_name: 'Chen Chen', merchant_handle: 'xuhui-qingyu' });
  });

  it.each([
    ['a blank name', 'beau_01BAD', { display_name: ' ', merchant_handle: 'jingan-lumiere' }, 'INVALID_INPUT', 'display_name'],
    ['a bad studio handle', 'beau_01BAD', { display_name: '王静', merchant_handle: 'Not A Handle' }, 'INVALID_INPUT', 'merchant_handle'],
    ['an unknown field', 'beau_01BAD', { display_name: '王静', merchant_handle: 'jingan-lumiere', bio: 'x' }, 'INVALID_INPUT', 'bio'],
    ['a bad beautician id', 'beau%20bad', { display_name: '王静', merchant_handle: 'jingan-lumiere' }, 'INVALID_BEAUTICIAN_ID', 'beauticianId'],
  ])('refuses %s with 400 and writes nothing', async (_label, id, data, code, field) => {
    const response = await sync(id, data);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code, details: { field } });
    expect(await app.db.query(PROFILE).count({ where: { beautician_id: { $in: ['beau_01BAD', 'beau bad'] } } })).toBe(0);
  });
});

describe('GET /api/exams/:documentId/grading-key', () => {
  let examId: string;
  let courseId: string;

  beforeAll(async () => {
    const response = await http_().get(`/api/courses?filters[slug][$eq]=${hydrating.slug}&populate[exam]=true`);
    courseId = response.body.data[0].documentId;
    examId = response.body.data[0].exam.documentId;
  });

  it('gives commerce the key of the published exam: course, skill, pass mark, cooldown, validity, correct options', async () => {
    const response = await http_().get(`/api/exams/${examId}/grading-key`).set(bearer(token));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: {
        documentId: examId,
        locale: 'zh-CN',
        course: { documentId: courseId, skill: 'hydrating-facial' },
        pass_mark: 75,
        cooldown_hours: 24,
        validity_months: 12,
        questions: [
          { id: 'q1', kind: 'single', correct: ['b'] },
          { id: 'q2', kind: 'multiple', correct: ['a', 'b', 'd'] },
          { id: 'q3', kind: 'single', correct: ['b'] },
          { id: 'q4', kind: 'single', correct: ['a'] },
        ],
      },
    });
    const english = await http_().get(`/api/exams/${examId}/grading-key?locale=en`).set(bearer(token));
    expect(english.body.data.questions).toEqual(response.body.data.questions);
  });

  it('answers 404 EXAM_NOT_FOUND for a draft-only exam and 400 for an unknown locale', async () => {
    const draft = await app.documents('api::exam.exam').create({ locale: 'zh-CN', data: { title: '未发布' } } as never);
    const missing = await http_().get(`/api/exams/${draft.documentId}/grading-key`).set(bearer(token));
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('EXAM_NOT_FOUND');
    const badLocale = await http_().get(`/api/exams/${examId}/grading-key?locale=fr`).set(bearer(token));
    expect(badLocale.status).toBe(400);
    expect(badLocale.body.error.code).toBe('INVALID_LOCALE');
  });

  it('refuses everyone but commerce: the public, signed-in users, other tokens, wrong keys', async () => {
    const registered = await http_()
      .post('/api/auth/local/register')
      .send({ username: `beautician${Date.now()}`, email: `b${Date.now()}@doorstep.local`, password: 'Doorstep2026!' });
    const tokens = app.service('admin::api-token-content-api') as { create(input: object): Promise<{ accessKey: string }> };
    const readOnly = await tokens.create({ name: `reader-${Date.now()}`, type: 'read-only', lifespan: null });
    const fullAccess = await tokens.create({ name: `full-${Date.now()}`, type: 'full-access', lifespan: null });
    const path = `/api/exams/${examId}/grading-key`;
    const callers: Array<[string, Record<string, string>, number]> = [
      ['the public', {}, 403],
      ['a signed-in user', bearer(registered.body.jwt), 403],
      ['a read-only token', bearer(readOnly.accessKey), 403],
      ['a full-access token', bearer(fullAccess.accessKey), 403],
      ['a wrong key', bearer(`${token}x`), 401],
    ];
    for (const [who, headers, status] of callers) {
      const response = await http_().get(path).set(headers);
      expect({ who, status: response.status }).toEqual({ who, status });
      expect(JSON.stringify(response.body)).not.toMatch(/"correct":\[/);
      const syncResponse = await http_().put('/api/beautician-profiles/sync/beau_01INTRUDER').set(headers).send({
        data: { display_name: 'x', merchant_handle: 'jingan-lumiere' },
      });
      expect({ who, status: syncResponse.status }).toEqual({ who, status });
    }
    expect(await app.db.query(PROFILE).count({ where: { beautician_id: 'beau_01INTRUDER' } })).toBe(0);
  });
});

describe('PUT /api/course-stats/:courseDocumentId', () => {
  const figures = { attempts: 3, passes: 1, pass_rate: 33.3, beauticians: 2, last_attempt_at: '2026-12-01T12:00:00.000Z' };
  let courseId: string;

  beforeAll(async () => {
    courseId = (await http_().get(`/api/courses?filters[slug][$eq]=${hydrating.slug}`)).body.data[0].documentId;
  });

  it("keeps one entry a course with commerce's latest figures, named after the course", async () => {
    const first = await http_().put(`/api/course-stats/${courseId}`).set(bearer(token)).send({ data: figures });
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({ course_document_id: courseId, ...figures });
    const second = await http_().put(`/api/course-stats/${courseId}`).set(bearer(token)).send({ data: { ...figures, attempts: 4, passes: 2, pass_rate: 50 } });
    expect(second.body.data).toMatchObject({ attempts: 4, passes: 2, pass_rate: 50 });
    const stored = await app.db.query('api::course-stat.course-stat').findMany({ where: { course_document_id: courseId } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ course_slug: hydrating.slug, course_title: hydrating.title['zh-CN'], attempts: 4 });
  });

  it('refuses bad figures (400, naming the field) and unknown courses (404), changing nothing', async () => {
    const bad = await http_().put(`/api/course-stats/${courseId}`).set(bearer(token)).send({ data: { ...figures, passes: 9 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'passes' } });
    const unknown = await http_().put('/api/course-stats/nosuchcourse0000000000000').set(bearer(token)).send({ data: figures });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('COURSE_NOT_FOUND');
    expect(await app.db.query('api::course-stat.course-stat').count({ where: { course_document_id: 'nosuchcourse0000000000000' } })).toBe(0);
  });

  it('is for commerce only: the public and other tokens may neither write nor read the figures', async () => {
    const tokens = app.service('admin::api-token-content-api') as { create(input: object): Promise<{ accessKey: string }> };
    const fullAccess = await tokens.create({ name: `full-stats-${Date.now()}`, type: 'full-access', lifespan: null });
    for (const headers of [{}, bearer(fullAccess.accessKey)]) {
      expect((await http_().put(`/api/course-stats/${courseId}`).set(headers).send({ data: { ...figures, attempts: 99, passes: 99, beauticians: 1 } })).status).toBe(403);
    }
    expect((await http_().get('/api/course-stats')).status).toBe(404);
    expect((await app.db.query('api::course-stat.course-stat').findOne({ where: { course_document_id: courseId } })).attempts).not.toBe(99);
  });
});

describe('signed webhooks to commerce', () => {
  const secret = () => process.env.CMS_WEBHOOK_SECRET!;
  const expectSigned = (delivery: Delivery) => {
    const timestamp = Number(delivery.headers['x-doorstep-timestamp']);
    expect(Math.abs(Date.now() / 1000 - timestamp)).toBeLessThan(10);
    const expected = crypto.createHmac('sha256', secret()).update(`${timestamp}.${delivery.raw}`).digest('hex');
    expect(delivery.headers['x-doorstep-signature']).toBe(`sha256=${expected}`);
  };
  const find = (event: string, documentId: string) => () =>
    deliveries.find((delivery) => delivery.body.event === event && delivery.body.documentId === documentId);

  it('tells commerce of a publish, an unpublish and a delete, signed, with the join fields', async () => {
    const { body } = await sync('beau_01HOOK', { display_name: '赵敏', merchant_handle: 'pudong-mosu' });
    const { documentId } = body.data;
    const documents = app.documents(PROFILE);
    await documents.publish({ documentId, locale: 'zh-CN' } as never);
    const published = await waitFor(find('entry.publish', documentId));
    expect(published.body).toEqual({
      event: 'entry.publish',
      model: 'beautician-profile',
      documentId,
      locale: 'zh-CN',
      entry: { documentId, beautician_id: 'beau_01HOOK', merchant_handle: 'pudong-mosu' },
    });
    expectSigned(published);

    await documents.unpublish({ documentId, locale: 'zh-CN' } as never);
    expectSigned(await waitFor(find('entry.unpublish', documentId)));

    await documents.publish({ documentId, locale: 'zh-CN' } as never);
    await documents.delete({ documentId, locale: 'zh-CN' } as never);
    const deleted = await waitFor(find('entry.delete', documentId));
    expect(deleted.body).toMatchObject({ model: 'beautician-profile', locale: 'zh-CN', entry: { beautician_id: 'beau_01HOOK' } });
    expectSigned(deleted);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The draft and the published row go together: commerce hears of the delete once.
    expect(deliveries.filter((delivery) => delivery.body.event === 'entry.delete' && delivery.body.documentId === documentId)).toHaveLength(1);
  });

  it("carries a course's skill, and stays quiet about types commerce does not follow", async () => {
    const course = await app.documents('api::course.course').create({
      locale: 'zh-CN',
      data: { slug: 'webhook-course', title: '钩子课程', skill: 'nail-art', level: 'beginner' },
    } as never);
    await app.documents('api::course.course').publish({ documentId: course.documentId, locale: 'zh-CN' } as never);
    const delivery = await waitFor(find('entry.publish', course.documentId));
    expect(delivery.body).toMatchObject({ model: 'course', entry: { documentId: course.documentId, skill: 'nail-art' } });
    const lesson = await app.documents('api::lesson.lesson').create({ locale: 'zh-CN', data: { title: '不通知' } } as never);
    await app.documents('api::lesson.lesson').publish({ documentId: lesson.documentId, locale: 'zh-CN' } as never);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(find('entry.publish', lesson.documentId)()).toBeUndefined();
  });

  it('retries when commerce is down, and the editor\'s publish never waits for it', async () => {
    failNext = 2;
    const { body } = await sync('beau_01RETRY', { display_name: '孙丽', merchant_handle: 'jingan-lumiere' });
    const started = Date.now();
    await app.documents(PROFILE).publish({ documentId: body.data.documentId, locale: 'zh-CN' } as never);
    const publishMs = Date.now() - started;
    const delivery = await waitFor(find('entry.publish', body.data.documentId));
    expect(failNext).toBe(0);
    expectSigned(delivery);
    // Two refusals and back-off (50 + 100 ms) came after the publish had returned.
    expect(publishMs).toBeLessThan(2_000);
  });
});
