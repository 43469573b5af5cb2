import { checkProfileDraft, isOwnUpload, storedUrlCandidates } from './profile-draft';

const valid = { bio: ' 十年皮肤管理经验。\n擅长敏感肌。 ', specialties: [' 敏感肌护理 ', '日式头疗'], avatar: '/uploads/a.png', gallery: ['https://media.example.cn/w1.jpg'] };

describe('checkProfileDraft', () => {
  it('takes a whole draft, trimmed, in Chinese unless a locale is named', () => {
    expect(checkProfileDraft(undefined, valid)).toEqual({
      ok: true,
      input: { locale: 'zh-CN', bio: '十年皮肤管理经验。\n擅长敏感肌。', specialties: ['敏感肌护理', '日式头疗'], avatar: '/uploads/a.png', gallery: ['https://media.example.cn/w1.jpg'] },
    });
    expect(checkProfileDraft('en', { ...valid, avatar: null, gallery: [] })).toMatchObject({ ok: true, input: { locale: 'en', avatar: null } });
  });

  it.each([
    ['an unknown locale', 'fr', valid, 'INVALID_LOCALE', 'locale'],
    ['a field it may not change', 'zh-CN', { ...valid, display_name: '王' }, 'INVALID_INPUT', 'display_name'],
    ['a missing bio', 'zh-CN', { ...valid, bio: undefined }, 'INVALID_INPUT', 'bio'],
    ['a bio over 1000 characters', 'zh-CN', { ...valid, bio: '美'.repeat(1001) }, 'INVALID_INPUT', 'bio'],
    ['nine specialties', 'zh-CN', { ...valid, specialties: Array.from({ length: 9 }, (_, i) => `s${i}`) }, 'INVALID_INPUT', 'specialties'],
    ['an empty specialty', 'zh-CN', { ...valid, specialties: ['  '] }, 'INVALID_INPUT', 'specialties'],
    ['a specialty twice', 'zh-CN', { ...valid, specialties: ['美甲', ' 美甲'] }, 'INVALID_INPUT', 'specialties'],
    ['an avatar that is no URL', 'zh-CN', { ...valid, avatar: 'javascript:alert(1)' }, 'INVALID_INPUT', 'avatar'],
    ['ten work photos', 'zh-CN', { ...valid, gallery: Array.from({ length: 10 }, (_, i) => `/uploads/${i}.jpg`) }, 'INVALID_INPUT', 'gallery'],
    ['one work photo twice', 'zh-CN', { ...valid, gallery: ['/uploads/1.jpg', '/uploads/1.jpg'] }, 'INVALID_INPUT', 'gallery'],
  ])('refuses %s', (_, locale, data, code, field) => {
    expect(checkProfileDraft(locale, data)).toMatchObject({ ok: false, code, field });
  });
});

describe('isOwnUpload', () => {
  it.each([
    ['profile-bea_01-1764640000000.jpg', 'bea_01', true],
    ['job-bea_01-1764640000000.heic', 'bea_01', true],
    ['profile-bea_01-9f3a0c11b2de.webp', 'bea_01', true],
    ['job-bea_011-1764640000000.jpg', 'bea_01', false],
    ['profile-a-b-1764640000000.jpg', 'a', false],
    ['profile-a-b-1764640000000.jpg', 'a-b', true],
    ['wang-jing-01.png', 'bea_01', false],
  ])('%s is the upload of %s: %s', (name, beauticianId, own) => {
    expect(isOwnUpload(name, beauticianId)).toBe(own);
  });
});

describe('storedUrlCandidates', () => {
  it('matches an absolute URL to the path a local upload is stored under', () => {
    expect(storedUrlCandidates('http://127.0.0.1:1337/uploads/x_1a2b.jpg')).toEqual(['http://127.0.0.1:1337/uploads/x_1a2b.jpg', '/uploads/x_1a2b.jpg']);
    expect(storedUrlCandidates('/uploads/x.jpg')).toEqual(['/uploads/x.jpg']);
  });
});
