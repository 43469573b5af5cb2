import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { seedBeauticianProfiles } from '../src/bootstrap/demo-profiles';
import { loadBeauticians } from '../src/utils/demo-data';
import { bootStrapi, stopStrapi } from './strapi';

const UID = 'api::beautician-profile.beautician-profile';
const beauticians = loadBeauticians();
// Commerce's ids for the demo beauticians, as its seed writes them for `npm start`.
const run = Date.now().toString(36);
const idOf = (handle: string) => `bea_${run}_${handle}`;
const seedOutput = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'doorstep-commerce-seed-')), 'commerce-seed.json');
const writeSeedOutput = (ids: Record<string, string>) => fs.writeFileSync(seedOutput, JSON.stringify({ publishable_key: 'pk_test', beauticians: ids }));
let app: Core.Strapi;

beforeAll(async () => {
  writeSeedOutput(Object.fromEntries(beauticians.map((b) => [b.handle, idOf(b.handle)])));
  process.env.DOORSTEP_COMMERCE_SEED_OUTPUT = seedOutput;
  app = await bootStrapi();
});

afterAll(async () => {
  delete process.env.DOORSTEP_COMMERCE_SEED_OUTPUT;
  if (app) await stopStrapi(app);
  fs.rmSync(path.dirname(seedOutput), { recursive: true, force: true });
});

const profileOf = (beauticianId: string, locale: 'zh-CN' | 'en') =>
  request(app.server.httpServer).get(
    `/api/beautician-profiles?locale=${locale}&filters[beautician_id][$eq]=${beauticianId}&populate[0]=avatar&populate[1]=specialties`,
  );
const demoRows = () => app.db.query(UID).count({ where: { beautician_id: { $in: beauticians.map((b) => idOf(b.handle)) } } });
const files = () => app.db.query('plugin::upload.file').count();

describe('the demo beauticians’ profiles', () => {
  it.each(['zh-CN', 'en'] as const)('are published in %s with a portrait, bio, years of experience and specialties', async (locale) => {
    for (const seed of beauticians) {
      const response = await profileOf(idOf(seed.handle), locale);
      expect(response.status).toBe(200);
      expect(response.body.data).toHaveLength(1);
      const [profile] = response.body.data;
      expect(profile).toMatchObject({
        locale,
        display_name: seed.name[locale],
        years_experience: seed.years_experience,
        merchant_handle: seed.merchant,
        bio: [{ type: 'paragraph', children: [{ type: 'text', text: seed.bio[locale] }] }],
      });
      expect(profile.specialties.map((specialty: { name: string }) => specialty.name)).toEqual(seed.specialties[locale]);
      expect(profile.avatar).toMatchObject({ mime: 'image/png', width: 512, height: 512, name: `${seed.handle}.png` });
      expect(profile.avatar.url).toMatch(/^\/uploads\/.+\.png$/);
    }
  });

  it('each have a portrait of their own, served by the cms', async () => {
    const urls = new Set<string>();
    for (const seed of beauticians) urls.add((await profileOf(idOf(seed.handle), 'zh-CN')).body.data[0].avatar.url);
    expect(urls.size).toBe(beauticians.length);
    const [first] = urls;
    const image = await request(app.server.httpServer).get(first);
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
  });

  it('are seeded once: seeding again adds no profile and no file', async () => {
    const before = { rows: await demoRows(), files: await files() };
    // Both locales, draft and published rows, for every demo beautician.
    expect(before.rows).toBe(beauticians.length * 2 * 2);
    await seedBeauticianProfiles(app);
    expect({ rows: await demoRows(), files: await files() }).toEqual(before);
  });

  it('fill in the bare draft commerce made for a beautician, and leave a written profile alone', async () => {
    const [late, written] = beauticians;
    const lateId = `bea_${run}_late`;
    const { profile: draft } = await app.service(UID).syncFromCommerce({ beauticianId: lateId, displayName: late.name['zh-CN'], merchantHandle: late.merchant });
    const writtenDoc = (await app.documents(UID).findFirst({ filters: { beautician_id: idOf(written.handle) }, locale: 'zh-CN' } as never))!;
    const edited = [{ type: 'paragraph', children: [{ type: 'text', text: '编辑改写过的简介' }] }];
    await app.documents(UID).update({ documentId: writtenDoc.documentId, locale: 'zh-CN', data: { bio: edited } } as never);
    await app.documents(UID).publish({ documentId: writtenDoc.documentId, locale: 'zh-CN' } as never);
    writeSeedOutput({ ...Object.fromEntries(beauticians.map((b) => [b.handle, idOf(b.handle)])), [late.handle]: lateId });

    await seedBeauticianProfiles(app);

    const filled = (await profileOf(lateId, 'en')).body.data;
    expect(filled).toEqual([expect.objectContaining({ documentId: draft.documentId, display_name: late.name.en, years_experience: late.years_experience })]);
    expect((await profileOf(lateId, 'zh-CN')).body.data[0].bio[0].children[0].text).toBe(late.bio['zh-CN']);
    expect((await profileOf(idOf(written.handle), 'zh-CN')).body.data[0].bio).toEqual(edited);
  });
});
