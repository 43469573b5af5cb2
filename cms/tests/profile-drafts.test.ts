import type { Core } from '@strapi/strapi';
import sharp from 'sharp';
import request from 'supertest';
import { bootStrapi, stopStrapi } from './strapi';

/** A beautician's own change to their profile, through commerce: a draft for the content reviewer, never live by itself. */
const PROFILE = 'api::beautician-profile.beautician-profile';
const BEAUTICIAN = 'beau_01DRAFT';

let app: Core.Strapi;
let token: string;
let documentId: string;
/** The portrait the studio's editor put on the published profile. */
let studioPortrait: string;

const http_ = () => request(app.server.httpServer);
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const writeDraft = (data: unknown, options: { key?: string; locale?: string; beauticianId?: string } = {}) =>
  http_()
    .put(`/api/beautician-profiles/draft/${options.beauticianId ?? BEAUTICIAN}${options.locale ? `?locale=${options.locale}` : ''}`)
    .set(bearer(options.key ?? token))
    .send({ data });
const read = async (status: 'draft' | 'published', locale = 'zh-CN') =>
  (
    await http_()
      .get(`/api/beautician-profiles?status=${status}&locale=${locale}&filters[beautician_id][$eq]=${BEAUTICIAN}&populate[0]=avatar&populate[1]=gallery&populate[2]=specialties`)
      .set(bearer(token))
  ).body.data[0];
const bioText = (entry: { bio: Array<{ children: Array<{ text: string }> }> }) => entry.bio.map((block) => block.children.map((leaf) => leaf.text).join('')).join('\n');

async function upload(filename: string): Promise<string> {
  const photo = await sharp({ create: { width: 600, height: 600, channels: 3, background: { r: 230, g: 190, b: 200 } } }).jpeg().toBuffer();
  const stored = await http_().post('/api/upload').set(bearer(token)).attach('files', photo, { filename, contentType: 'image/jpeg' });
  expect(stored.status).toBe(201);
  return stored.body[0].url;
}

beforeAll(async () => {
  app = await bootStrapi();
  token = process.env.CMS_API_TOKEN!;
  const synced = await http_().put(`/api/beautician-profiles/sync/${BEAUTICIAN}`).set(bearer(token)).send({ data: { display_name: '周敏', merchant_handle: 'jingan-lumiere' } });
  documentId = synced.body.data.documentId;
  studioPortrait = await upload('zhou-min.jpg');
  const [portraitFile] = await app.db.query('plugin::upload.file').findMany({ where: { url: studioPortrait } });
  await app.documents(PROFILE).update({
    documentId,
    locale: 'zh-CN',
    data: { bio: [{ type: 'paragraph', children: [{ type: 'text', text: '旧简介' }] }], specialties: [{ name: '面部护理' }], avatar: portraitFile.id },
  } as never);
  await app.documents(PROFILE).publish({ documentId, locale: 'zh-CN' } as never);
});

afterAll(async () => {
  if (app) await stopStrapi(app);
});

describe('PUT /api/beautician-profiles/draft/:beauticianId', () => {
  it("writes the beautician's change to the draft only: the public still reads the published profile", async () => {
    const portrait = await upload(`profile-${BEAUTICIAN}-1764640000000.jpg`);
    const work = await upload(`job-${BEAUTICIAN}-1764640000001.jpg`);
    const answer = await writeDraft({ bio: '十年皮肤管理经验。\n\n擅长敏感肌。', specialties: ['敏感肌护理', '头疗'], avatar: `http://cms.example.cn${portrait}`, gallery: [work, studioPortrait] });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ documentId, locale: 'zh-CN', updatedAt: expect.any(String) });

    const draft = await read('draft');
    expect(bioText(draft)).toBe('十年皮肤管理经验。\n擅长敏感肌。');
    expect(draft.specialties.map((s: { name: string }) => s.name)).toEqual(['敏感肌护理', '头疗']);
    expect(draft.avatar.url).toBe(portrait);
    expect(draft.gallery.map((file: { url: string }) => file.url)).toEqual([work, studioPortrait]);

    const published = await read('published');
    expect(bioText(published)).toBe('旧简介');
    expect(published.avatar.url).toBe(studioPortrait);
    expect(published.gallery ?? []).toEqual([]);
    const publicRead = await http_().get(`/api/beautician-profiles?filters[beautician_id][$eq]=${BEAUTICIAN}`);
    expect(bioText(publicRead.body.data[0])).toBe('旧简介');

    // The reviewer's publish is what makes it live.
    await app.documents(PROFILE).publish({ documentId, locale: 'zh-CN' } as never);
    expect(bioText(await read('published'))).toBe('十年皮肤管理经验。\n擅长敏感肌。');
  });

  it('writes the English version of the profile when asked, with the name the Chinese one has', async () => {
    const answer = await writeDraft({ bio: 'Ten years of skin care.', specialties: ['Sensitive skin'], avatar: null, gallery: [] }, { locale: 'en' });
    expect(answer.status).toBe(200);
    expect(await read('draft', 'en')).toMatchObject({ display_name: '周敏', beautician_id: BEAUTICIAN, publishedAt: null });
    expect(bioText(await read('draft', 'en'))).toBe('Ten years of skin care.');
  });

  it("refuses someone else's photo, or one the cms does not have, and writes nothing", async () => {
    const before = await read('draft');
    const theirs = await upload('profile-beau_01OTHER-1764640000002.jpg');
    for (const [data, url] of [
      [{ bio: '换了', specialties: [], avatar: theirs, gallery: [] }, theirs],
      [{ bio: '换了', specialties: [], avatar: null, gallery: ['/uploads/nowhere.jpg'] }, '/uploads/nowhere.jpg'],
    ] as const) {
      const answer = await writeDraft(data);
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatchObject({ code: 'UNKNOWN_PHOTO', details: { url } });
    }
    const invalid = await writeDraft({ bio: '换了', specialties: ['x'], avatar: null, gallery: [], display_name: '改名' });
    expect(invalid.body.error).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'display_name' } });
    expect(await read('draft')).toEqual(before);
  });

  it('answers 404 PROFILE_NOT_FOUND for a beautician without a profile', async () => {
    const answer = await writeDraft({ bio: 'x', specialties: [], avatar: null, gallery: [] }, { beauticianId: 'beau_01NOBODY' });
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('PROFILE_NOT_FOUND');
  });

  it('is for commerce only: the public, signed-in users and other tokens get 403, a wrong key 401', async () => {
    const before = await read('draft');
    const registered = await http_()
      .post('/api/auth/local/register')
      .send({ username: `drafter${Date.now()}`, email: `d${Date.now()}@doorstep.local`, password: 'Doorstep2026!' });
    const tokens = app.service('admin::api-token-content-api') as { create(input: object): Promise<{ accessKey: string }> };
    const fullAccess = await tokens.create({ name: `full-drafts-${Date.now()}`, type: 'full-access', lifespan: null });
    const data = { bio: '冒充', specialties: [], avatar: null, gallery: [] };
    for (const [who, key, status] of [
      ['the public', '', 403],
      ['a signed-in user', registered.body.jwt, 403],
      ['a full-access token', fullAccess.accessKey, 403],
      ['a wrong key', `${token}x`, 401],
    ] as const) {
      const answer = key ? await writeDraft(data, { key }) : await http_().put(`/api/beautician-profiles/draft/${BEAUTICIAN}`).send({ data });
      expect({ who, status: answer.status }).toEqual({ who, status });
    }
    expect(await read('draft')).toEqual(before);
  });
});
