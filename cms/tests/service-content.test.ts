import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { seedServiceContent } from '../src/bootstrap/demo-content';
import { loadServices } from '../src/utils/demo-data';
import { bootStrapi, stopStrapi } from './strapi';

const UID = 'api::service-content.service-content';
const services = loadServices();
let app: Core.Strapi;

beforeAll(async () => {
  app = await bootStrapi();
});

afterAll(async () => {
  if (app) await stopStrapi(app);
});

const get = (path: string) => request(app.server.httpServer).get(path);

describe('GET /api/service-contents (public)', () => {
  it('lists every seeded service in Simplified Chinese by default', async () => {
    const response = await get('/api/service-contents?pagination[pageSize]=100&sort=handle');
    expect(response.status).toBe(200);
    expect(response.body.meta.pagination.total).toBe(services.length);
    const gel = response.body.data.find((entry: { handle: string }) => entry.handle === 'gel-manicure');
    expect(gel).toMatchObject({ locale: 'zh-CN', title: '纯色凝胶美甲' });
  });

  it('serves English with locale=en', async () => {
    const response = await get('/api/service-contents?locale=en&filters[handle][$eq]=gel-manicure');
    expect(response.body.data).toHaveLength(1);
    expect(response.body.data[0]).toMatchObject({ locale: 'en', title: 'Gel Manicure' });
  });

  it('returns exactly one service by handle, with its steps, aftercare and rich-text description', async () => {
    const response = await get('/api/service-contents?filters[handle][$eq]=tuina-massage&populate[0]=steps&populate[1]=aftercare');
    const seed = services.find((service) => service.handle === 'tuina-massage')!;
    expect(response.body.data).toHaveLength(1);
    const [entry] = response.body.data;
    expect(entry.steps.map((step: { title: string }) => step.title)).toEqual(seed.content['zh-CN'].steps.map((s) => s.title));
    expect(entry.aftercare.map((tip: { text: string }) => tip.text)).toEqual(seed.content['zh-CN'].aftercare);
    expect(entry.description[0]).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', text: seed.content['zh-CN'].description[0] }],
    });
  });

  it('never shows a draft to the public', async () => {
    await app.documents(UID).create({ locale: 'zh-CN', data: { handle: 'unreleased-peel', title: '未发布的焕肤' } });
    const response = await get('/api/service-contents?filters[handle][$eq]=unreleased-peel');
    expect(response.status).toBe(200);
    expect(response.body.data).toHaveLength(0);
  });

  it('refuses writes from the public: the content API has no write routes', async () => {
    const response = await request(app.server.httpServer)
      .post('/api/service-contents')
      .send({ data: { handle: 'spam', title: 'spam' } });
    expect(response.status).toBe(405);
    const stored = await app.documents(UID).findMany({ filters: { handle: 'spam' }, status: 'draft' });
    expect(stored).toHaveLength(0);
  });
});

describe('seeding', () => {
  it('adds nothing when run again', async () => {
    // Other suites share the database: count the seeded services only.
    const count = () => app.db.query(UID).count({ where: { handle: { $in: services.map((service) => service.handle) } } });
    const before = await count();
    await seedServiceContent(app);
    expect(await count()).toBe(before);
    // Both locales, draft and published rows, for every service.
    expect(before).toBe(services.length * 2 * 2);
  });

  it('makes Chinese the default locale and creates the first admin', async () => {
    expect(await app.plugin('i18n').service('locales').getDefaultLocale()).toBe('zh-CN');
    expect(await app.service('admin::user').exists()).toBe(true);
  });
});
