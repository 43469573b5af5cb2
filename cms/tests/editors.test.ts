import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';
import request from 'supertest';
import { seedCmsAccounts } from '../src/bootstrap/demo-content';
import { loadCmsEditors } from '../src/utils/demo-data';
import { bootStrapi, stopStrapi } from './strapi';

/** The cms editor's roles through the admin content-manager API, as the admin panel calls it; and uploads. */
const PROFILE = 'api::beautician-profile.beautician-profile';
const PAGE = 'api::merchant-page.merchant-page';
const SERVICE = 'api::service-content.service-content';
const COURSE = 'api::course.course';
const PASSWORD = 'Doorstep2026!';
const run = Date.now().toString(36);

let app: Core.Strapi;
const jwt: Record<'trainer' | 'jingan' | 'xuhui' | 'reviewer', string> = { trainer: '', jingan: '', xuhui: '', reviewer: '' };
const ids: Record<string, string> = {};

async function adminUser(who: keyof typeof jwt, roleCode: string): Promise<void> {
  const role = await app.db.query('admin::role').findOne({ where: { code: roleCode } });
  const email = `${who}-${run}@doorstep.local`;
  await app.service('admin::user').create({ firstname: who, email, password: PASSWORD, isActive: true, roles: [role.id], registrationToken: null });
  const login = await request(app.server.httpServer).post('/admin/login').send({ email, password: PASSWORD });
  expect(login.status).toBe(200);
  jwt[who] = login.body.data.token;
}

beforeAll(async () => {
  app = await bootStrapi();
  await adminUser('trainer', 'doorstep-trainer');
  await adminUser('jingan', 'doorstep-merchant-editor');
  await adminUser('xuhui', 'doorstep-merchant-editor');
  await adminUser('reviewer', 'doorstep-content-reviewer');
  for (const [who, handle] of [['jingan', 'jingan-lumiere'], ['xuhui', 'xuhui-qingyu']]) {
    await app.documents('api::merchant-membership.merchant-membership').create({
      data: { admin_email: `${who}-${run}@doorstep.local`, merchant_handle: handle },
    } as never);
    ids[`${who}-profile`] = (
      await app.documents(PROFILE).create({
        locale: 'zh-CN',
        data: { display_name: `${who} 美容师`, beautician_id: `beau_${who}_${run}`, merchant_handle: handle },
      } as never)
    ).documentId;
    ids[`${who}-page`] = (
      await app.documents(PAGE).create({ locale: 'zh-CN', data: { name: `${who} 门店`, merchant_handle: `${handle}-${run}` } } as never)
    ).documentId;
    ids[`${who}-service`] = (
      await app.documents(SERVICE).create({ locale: 'zh-CN', data: { handle: `${who}-${run}-facial`, title: `${who} 护理`, merchant_handle: handle } } as never)
    ).documentId;
  }
  // The pages' handles are unique per studio; the memberships above name the studios, so move the pages there.
  await app.db.query(PAGE).updateMany({ where: { documentId: ids['jingan-page'] }, data: { merchant_handle: 'jingan-lumiere' } });
  await app.db.query(PAGE).updateMany({ where: { documentId: ids['xuhui-page'] }, data: { merchant_handle: 'xuhui-qingyu' } });
});

afterAll(async () => {
  if (app) await stopStrapi(app);
});

const cm = (uid: string, rest = '') => `/content-manager/collection-types/${uid}${rest}`;
const as = (who: keyof typeof jwt) => ({
  get: (url: string) => request(app.server.httpServer).get(url).set('authorization', `Bearer ${jwt[who]}`),
  put: (url: string, body: object) => request(app.server.httpServer).put(url).set('authorization', `Bearer ${jwt[who]}`).send(body),
  post: (url: string, body: object = {}) => request(app.server.httpServer).post(url).set('authorization', `Bearer ${jwt[who]}`).send(body),
  del: (url: string) => request(app.server.httpServer).delete(url).set('authorization', `Bearer ${jwt[who]}`),
});

describe('Merchant editor', () => {
  it.each([
    [PROFILE, 'profile'],
    [PAGE, 'page'],
    [SERVICE, 'service'],
  ])('lists only their own studio in %s', async (uid, kind) => {
    const response = await as('jingan').get(cm(uid, '?page=1&pageSize=100&locale=zh-CN'));
    expect(response.status).toBe(200);
    const documentIds = response.body.results.map((entry: { documentId: string }) => entry.documentId);
    expect(documentIds).toContain(ids[`jingan-${kind}`]);
    expect(documentIds).not.toContain(ids[`xuhui-${kind}`]);
    expect(response.body.results.every((entry: { merchant_handle: string }) => entry.merchant_handle === 'jingan-lumiere')).toBe(true);
  });

  it("cannot read, change or delete another studio's entries", async () => {
    for (const kind of ['profile', 'page', 'service']) {
      const uid = { profile: PROFILE, page: PAGE, service: SERVICE }[kind]!;
      const theirs = ids[`xuhui-${kind}`];
      const read = await as('jingan').get(cm(uid, `/${theirs}?locale=zh-CN`));
      expect({ kind, status: read.status }).toEqual({ kind, status: 403 });
      expect(JSON.stringify(read.body)).not.toContain('xuhui');
      const change = await as('jingan').put(cm(uid, `/${theirs}?locale=zh-CN`), { display_name: '改掉', name: '改掉', title: '改掉' });
      expect({ kind, status: change.status }).toEqual({ kind, status: 403 });
      const remove = await as('jingan').del(cm(uid, `/${theirs}?locale=zh-CN`));
      expect({ kind, status: remove.status }).toEqual({ kind, status: 403 });
      const stored = await app.documents(uid as never).findOne({ documentId: theirs, locale: 'zh-CN' } as never);
      expect(JSON.stringify(stored)).toContain('xuhui');
      expect(JSON.stringify(stored)).not.toContain('改掉');
    }
  });

  it("changes their own entries, but cannot move one to another studio or create one there", async () => {
    const mine = cm(PROFILE, `/${ids['jingan-profile']}?locale=zh-CN`);
    const changed = await as('jingan').put(mine, { display_name: '静安美容师', merchant_handle: 'jingan-lumiere' });
    expect(changed.status).toBe(200);
    expect(changed.body.data.display_name).toBe('静安美容师');
    const moved = await as('jingan').put(mine, { display_name: '静安美容师', merchant_handle: 'xuhui-qingyu' });
    expect(moved.status).toBe(403);
    const planted = await as('jingan').post(cm(PROFILE, '?locale=zh-CN'), {
      display_name: '冒名', beautician_id: `beau_planted_${run}`, merchant_handle: 'xuhui-qingyu',
    });
    expect(planted.status).toBe(403);
    expect(await app.db.query(PROFILE).count({ where: { beautician_id: `beau_planted_${run}` } })).toBe(0);
    const own = await as('jingan').post(cm(PROFILE, '?locale=zh-CN'), {
      display_name: '新同事', beautician_id: `beau_new_${run}`, merchant_handle: 'jingan-lumiere',
    });
    expect(own.status).toBe(201);
    const row = await app.db.query(PROFILE).findOne({ where: { beautician_id: `beau_new_${run}` } });
    expect(row).toMatchObject({ merchant_handle: 'jingan-lumiere' });
  });

  it('cannot publish: a reviewer does', async () => {
    const publish = (who: keyof typeof jwt) => as(who).post(cm(PROFILE, `/${ids['jingan-profile']}/actions/publish?locale=zh-CN`));
    expect((await publish('jingan')).status).toBe(403);
    expect((await publish('reviewer')).status).toBe(200);
    const live = await request(app.server.httpServer).get(`/api/beautician-profiles?filters[beautician_id][$eq]=beau_jingan_${run}`);
    expect(live.body.data).toHaveLength(1);
  });

  it('cannot touch courses', async () => {
    expect((await as('jingan').get(cm(COURSE, '?page=1&pageSize=10'))).status).toBe(403);
  });
});

describe('Trainer', () => {
  it('cannot list, read or change beautician profiles, pages or service content', async () => {
    for (const uid of [PROFILE, PAGE, SERVICE]) {
      expect((await as('trainer').get(cm(uid, '?page=1&pageSize=10'))).status).toBe(403);
    }
    expect((await as('trainer').get(cm(PROFILE, `/${ids['jingan-profile']}?locale=zh-CN`))).status).toBe(403);
    expect((await as('trainer').put(cm(PROFILE, `/${ids['jingan-profile']}?locale=zh-CN`), { display_name: 'x' })).status).toBe(403);
  });

  it('edits and publishes courses', async () => {
    const list = await as('trainer').get(cm(COURSE, '?page=1&pageSize=10&locale=zh-CN'));
    expect(list.status).toBe(200);
    expect(list.body.results.length).toBeGreaterThanOrEqual(2);
    const created = await as('trainer').post(cm(COURSE, '?locale=zh-CN'), { slug: `trainer-${run}`, title: '新课程', skill: 'nail-art', level: 'beginner' });
    expect(created.status).toBe(201);
    const published = await as('trainer').post(cm(COURSE, `/${created.body.data.documentId}/actions/publish?locale=zh-CN`));
    expect(published.status).toBe(200);
  });
});

describe('scheduled publishing times', () => {
  // Beyond any clock the scheduled-publishing suite pins, which shares this database.
  const times = { publish_at: '2045-01-01T00:00:00+08:00', unpublish_at: '2045-02-01T00:00:00+08:00' };
  const draft = () => app.db.query(SERVICE).findOne({ where: { documentId: ids['jingan-service'], locale: 'zh-CN', publishedAt: null } });

  it('are set by a reviewer, and a window that ends before it starts is refused with a clear message', async () => {
    const url = cm(SERVICE, `/${ids['jingan-service']}?locale=zh-CN`);
    const refused = await as('reviewer').put(url, { ...times, unpublish_at: '2044-12-31T00:00:00+08:00' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe('An entry must be unpublished after it is published (unpublish_at later than publish_at)');
    expect((await as('reviewer').put(url, times)).status).toBe(200);
    expect(new Date((await draft()).publish_at).toISOString()).toBe('2044-12-31T16:00:00.000Z');
  });

  it('are not a merchant editor\'s to see or change: scheduling is publishing', async () => {
    const url = cm(SERVICE, `/${ids['jingan-service']}?locale=zh-CN`);
    const read = await as('jingan').get(url);
    expect(read.status).toBe(200);
    expect(read.body.data).not.toHaveProperty('publish_at');
    await as('jingan').put(url, { title: 'jingan 护理', merchant_handle: 'jingan-lumiere', publish_at: '2044-06-01T00:00:00+08:00', unpublish_at: null });
    expect(new Date((await draft()).publish_at).toISOString()).toBe('2044-12-31T16:00:00.000Z');
    expect((await draft()).unpublish_at).not.toBeNull();
  });
});

describe("each role's content manager", () => {
  const STATS = 'api::course-stat.course-stat';
  const REVIEWED = [PROFILE, PAGE, SERVICE, COURSE, 'api::lesson.lesson', 'api::exam.exam', 'api::article.article', 'api::banner.banner', 'api::faq.faq'];
  it.each<[keyof typeof jwt, string[]]>([
    ['trainer', [COURSE, 'api::lesson.lesson', 'api::exam.exam', STATS]],
    ['jingan', [PROFILE, PAGE, SERVICE]],
    ['reviewer', REVIEWED],
  ])('lists for %s only the types its role may work on (the menu shows what the user may read)', async (who, expected) => {
    const response = await as(who).get('/admin/users/me/permissions');
    expect(response.status).toBe(200);
    const readable = response.body.data
      .filter((permission: { action: string }) => permission.action === 'plugin::content-manager.explorer.read')
      .map((permission: { subject: string }) => permission.subject);
    expect([...new Set(readable)].sort()).toEqual([...expected].sort());
  });
});

describe("courses' figures", () => {
  const STATS = 'api::course-stat.course-stat';
  it('are read by trainers, who cannot change, add or delete them; other editors cannot read them', async () => {
    const { documentId } = await app.documents(STATS).create({ data: { course_document_id: `course-${run}`, attempts: 2, passes: 1, pass_rate: 50, beauticians: 1, last_attempt_at: new Date().toISOString() } } as never);
    const list = await as('trainer').get(cm(STATS, '?page=1&pageSize=10'));
    expect(list.status).toBe(200);
    expect(list.body.results.map((r: { course_document_id: string }) => r.course_document_id)).toContain(`course-${run}`);
    expect((await as('trainer').get(cm(STATS, `/${documentId}`))).status).toBe(200);
    expect((await as('trainer').put(cm(STATS, `/${documentId}`), { attempts: 100 })).status).toBe(403);
    expect((await as('trainer').post(cm(STATS), { course_document_id: `forged-${run}`, attempts: 1, passes: 1, pass_rate: 100, beauticians: 1 })).status).toBe(403);
    expect((await as('trainer').del(cm(STATS, `/${documentId}`))).status).toBe(403);
    expect((await as('jingan').get(cm(STATS, '?page=1&pageSize=10'))).status).toBe(403);
    expect((await app.db.query(STATS).findOne({ where: { documentId } })).attempts).toBe(2);
  });
});

describe('demo editors', () => {
  it('sign in with their roles: the trainer reaches courses only, the studio editor their studio only; seeding again adds nobody', async () => {
    const editors = loadCmsEditors();
    const token = async (email: string) => {
      const password = editors.find((editor) => editor.email === email)!.password;
      const login = await request(app.server.httpServer).post('/admin/login').send({ email, password });
      expect(login.status).toBe(200);
      return login.body.data.token as string;
    };
    const get = (bearer: string, url: string) => request(app.server.httpServer).get(url).set('authorization', `Bearer ${bearer}`);
    const trainer = await token('trainer@doorstep.local');
    expect((await get(trainer, cm(COURSE, '?page=1&pageSize=10'))).status).toBe(200);
    expect((await get(trainer, cm(PROFILE, '?page=1&pageSize=10'))).status).toBe(403);
    const studio = await token('jingan-editor@doorstep.local');
    const profiles = await get(studio, cm(PROFILE, '?page=1&pageSize=100&locale=zh-CN'));
    expect(profiles.status).toBe(200);
    expect(profiles.body.results.map((entry: { documentId: string }) => entry.documentId)).toContain(ids['jingan-profile']);
    expect(profiles.body.results.map((entry: { documentId: string }) => entry.documentId)).not.toContain(ids['xuhui-profile']);
    const users = await app.db.query('admin::user').count({});
    await seedCmsAccounts(app);
    expect(await app.db.query('admin::user').count({})).toBe(users);
  });
});

describe('uploads', () => {
  it("stores an image on the local provider and makes Strapi's formats of it", async () => {
    const image = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 230, g: 180, b: 190 } } }).jpeg().toBuffer();
    const response = await request(app.server.httpServer)
      .post('/upload')
      .set('authorization', `Bearer ${jwt.trainer}`)
      .attach('files', image, { filename: 'cover.jpg', contentType: 'image/jpeg' });
    expect(response.status).toBe(201);
    const [file] = response.body;
    expect(file).toMatchObject({ width: 1600, height: 1200, mime: 'image/jpeg', provider: 'local' });
    const widths = Object.fromEntries(Object.entries(file.formats as Record<string, { width: number }>).map(([name, format]) => [name, format.width]));
    expect(widths).toEqual({ thumbnail: expect.any(Number), small: 500, medium: 750, large: 1000 });
    for (const format of Object.values(file.formats as Record<string, { url: string }>)) {
      expect(fs.existsSync(path.join(process.cwd(), 'public', format.url))).toBe(true);
    }
  });
});
