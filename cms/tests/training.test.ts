import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { seedCourses } from '../src/bootstrap/demo-courses';
import { loadCourses } from '../src/utils/demo-data';
import { bootStrapi, stopStrapi } from './strapi';

const COURSE = 'api::course.course';
const EXAM = 'api::exam.exam';
const courses = loadCourses();
const hydrating = courses.find((course) => course.skill === 'hydrating-facial')!;
let app: Core.Strapi;
let userJwt: string;

beforeAll(async () => {
  app = await bootStrapi();
  const registered = await request(app.server.httpServer)
    .post('/api/auth/local/register')
    .send({ username: `trainee${Date.now()}`, email: `trainee${Date.now()}@doorstep.local`, password: 'Doorstep2026!' });
  expect(registered.status).toBe(200);
  userJwt = registered.body.jwt;
});

afterAll(async () => {
  if (app) await stopStrapi(app);
});

const get = (path: string, jwt?: string) => {
  const call = request(app.server.httpServer).get(path);
  return jwt ? call.set('authorization', `Bearer ${jwt}`) : call;
};

async function publishedExamId(): Promise<string> {
  const response = await get(`/api/exams?filters[course][skill][$eq]=hydrating-facial`);
  expect(response.body.data).toHaveLength(1);
  return response.body.data[0].documentId;
}

describe('demo courses', () => {
  it('lists the seeded courses in Chinese by default and in English on request', async () => {
    const zh = await get('/api/courses?sort=slug');
    expect(zh.status).toBe(200);
    // Other suites add courses of their own to the shared database.
    const seeded = zh.body.data.map((course: { slug: string }) => course.slug).filter((slug: string) => courses.some((course) => course.slug === slug));
    expect(seeded).toEqual(courses.map((course) => course.slug).sort());
    expect(zh.body.data.find((course: { slug: string }) => course.slug === hydrating.slug)).toMatchObject({
      locale: 'zh-CN',
      title: hydrating.title['zh-CN'],
      skill: 'hydrating-facial',
    });
    const en = await get(`/api/courses?locale=en&filters[slug][$eq]=${hydrating.slug}`);
    expect(en.body.data[0]).toMatchObject({ locale: 'en', title: hydrating.title.en });
  });

  it('gives a course its lessons in order and its exam, in the same language', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const response = await get(`/api/courses?locale=${locale}&filters[slug][$eq]=${hydrating.slug}&populate[lessons]=true&populate[exam]=true`);
      const [course] = response.body.data;
      expect(course.lessons.map((lesson: { title: string }) => lesson.title)).toEqual(hydrating.lessons.map((lesson) => lesson.title[locale]));
      expect(course.exam).toMatchObject({ title: hydrating.exam.title[locale], pass_mark: 75, cooldown_hours: 24, validity_months: 12 });
    }
  });

  it('serves a lesson with its rich text and video', async () => {
    const response = await get(`/api/lessons?filters[course][slug][$eq]=${hydrating.slug}&sort=duration_minutes`);
    expect(response.body.data).toHaveLength(hydrating.lessons.length);
    const [first] = response.body.data;
    expect(first.video_url).toBe(hydrating.lessons[0].video_url);
    expect(first.body[0].children[0].text).toBe(hydrating.lessons[0].body['zh-CN'][0]);
  });

  it('seeds nothing twice', async () => {
    const before = await app.db.query(COURSE).count({});
    const lessonsBefore = await app.db.query('api::lesson.lesson').count({});
    await seedCourses(app);
    expect(await app.db.query(COURSE).count({})).toBe(before);
    expect(await app.db.query('api::lesson.lesson').count({})).toBe(lessonsBefore);
    // Two locales × draft and published, for each course.
    expect(await app.db.query(COURSE).count({ where: { slug: { $in: courses.map((course) => course.slug) } } })).toBe(courses.length * 4);
  });
});

describe('answer keys are never served', () => {
  const deep = [
    'populate[questions][populate][options]=true',
    'populate[questions][populate]=*',
    'populate=*',
    'populate=questions.options',
    'populate[questions][populate][options][fields][0]=correct',
    'populate[questions][populate][options][fields][0]=label&populate[questions][populate][options][fields][1]=correct',
  ];

  it('shows questions and options, without correct flags, to the public and to signed-in users', async () => {
    const id = await publishedExamId();
    for (const jwt of [undefined, userJwt]) {
      const list = await get('/api/exams?populate[questions][populate][options]=true', jwt);
      const one = await get(`/api/exams/${id}?populate[questions][populate][options]=true`, jwt);
      for (const response of [list, one]) {
        expect(response.status).toBe(200);
        expect(JSON.stringify(response.body)).not.toMatch(/correct/);
      }
      const question = one.body.data.questions[0];
      expect(question).toMatchObject({ key: 'q1', kind: 'single', prompt: hydrating.exam.questions[0].prompt['zh-CN'] });
      expect(question.options.map((option: { key: string; label: string }) => option.key)).toEqual(['a', 'b', 'c']);
    }
  });

  it.each(deep)('refuses or strips %s on find and findOne', async (query) => {
    const id = await publishedExamId();
    for (const path of [`/api/exams?${query}`, `/api/exams/${id}?${query}`]) {
      for (const jwt of [undefined, userJwt]) {
        const response = await get(path, jwt);
        expect([200, 400]).toContain(response.status);
        // A refusal may name the key it refused; no answer ever carries it.
        expect(JSON.stringify(response.body.data ?? null)).not.toMatch(/correct/);
      }
    }
  });

  it('refuses wildcard populates with POPULATE_NOT_ALLOWED', async () => {
    const response = await get('/api/exams?populate[questions][populate]=*');
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'POPULATE_NOT_ALLOWED' });
    expect((await get('/api/courses?populate=*')).status).toBe(400);
  });

  it('cannot reach the key through a course or a lesson', async () => {
    const viaCourse = await get(`/api/courses?populate[exam][populate][questions][populate][options]=true`);
    expect(viaCourse.status).toBe(400);
    const viaLesson = await get(`/api/lessons?populate[course][populate][exam][populate]=*`);
    expect(viaLesson.status).toBe(400);
    const plain = await get(`/api/courses?populate[exam]=true`);
    expect(plain.status).toBe(200);
    expect(JSON.stringify(plain.body)).not.toMatch(/correct|questions/);
  });

  it('cannot filter or sort on the key', async () => {
    for (const query of [
      'filters[questions][options][correct][$eq]=true',
      'filters[questions][options][correct][$eq]=false',
      'filters[$or][0][questions][options][correct]=true',
      'sort=questions.options.correct',
    ]) {
      for (const jwt of [undefined, userJwt]) {
        const response = await get(`/api/exams?${query}`, jwt);
        expect(response.status).toBe(400);
      }
    }
  });

  it('never shows a draft exam', async () => {
    await app.documents(EXAM).create({ locale: 'zh-CN', data: { title: '草稿考试', pass_mark: 60 } } as never);
    const response = await get('/api/exams?filters[title][$eq]=草稿考试');
    expect(response.body.data).toHaveLength(0);
    // Strapi's REST would hand drafts to anyone asking for them.
    for (const jwt of [undefined, userJwt]) {
      for (const path of ['/api/exams?status=draft', '/api/courses?status=draft', '/api/beautician-profiles?status=draft']) {
        const asked = await get(path, jwt);
        expect(asked.status).toBe(400);
        expect(asked.body.error.code).toBe('DRAFTS_NOT_PUBLIC');
        expect(asked.body.data).toBeNull();
      }
    }
    expect((await get('/api/exams?status=published&filters[title][$eq]=草稿考试')).body.data).toHaveLength(0);
  });
});

describe('publishing an exam', () => {
  it('refuses an exam commerce could not grade, naming the problem', async () => {
    const documents = app.documents(EXAM);
    const exam = await documents.create({
      locale: 'zh-CN',
      data: {
        title: '有问题的考试',
        questions: [
          { key: 'q1', kind: 'single', prompt: '两个正确答案？', options: [{ key: 'a', label: '甲', correct: true }, { key: 'b', label: '乙', correct: true }] },
        ],
      },
    } as never);
    await expect(documents.publish({ documentId: exam.documentId, locale: 'zh-CN' } as never)).rejects.toThrow(
      /single-choice question needs exactly one correct option/,
    );
    expect((await get('/api/exams?filters[title][$eq]=有问题的考试')).body.data).toHaveLength(0);
  });
});

describe('banners', () => {
  it('must end after they start, on create and on a later change of either end', async () => {
    const banners = app.documents('api::banner.banner');
    const data = { title: '双十二上门护理节', link: '/campaigns/1212', starts_at: '2026-12-10T00:00:00+08:00', ends_at: '2026-12-13T00:00:00+08:00' };
    await expect(banners.create({ locale: 'zh-CN', data: { ...data, ends_at: '2026-12-09T00:00:00+08:00' } } as never)).rejects.toThrow(
      'A banner must end after it starts',
    );
    const banner = await banners.create({ locale: 'zh-CN', data } as never);
    await expect(
      banners.update({ documentId: banner.documentId, locale: 'zh-CN', data: { starts_at: '2026-12-14T00:00:00+08:00' } } as never),
    ).rejects.toThrow('A banner must end after it starts');
    await banners.publish({ documentId: banner.documentId, locale: 'zh-CN' } as never);
    const live = await get(`/api/banners?filters[starts_at][$lte]=2026-12-11T00:00:00Z&filters[ends_at][$gt]=2026-12-11T00:00:00Z`);
    expect(live.body.data).toEqual([expect.objectContaining({ title: '双十二上门护理节', link: '/campaigns/1212' })]);
  });
});

describe('public read cache', () => {
  it('answers a repeated anonymous read from the cache, and a publish shows at once', async () => {
    const gel = courses.find((course) => course.skill === 'gel-manicure')!;
    const path = `/api/courses?filters[slug][$eq]=${gel.slug}&populate[lessons]=true&populate[cover]=true`;
    const first = await get(path);
    expect(first.headers['x-doorstep-cache']).toBe('miss');
    const second = await get(path);
    expect(second.headers['x-doorstep-cache']).toBe('hit');
    expect(second.body).toEqual(first.body);

    const courseId = first.body.data[0].documentId;
    await app.documents(COURSE).update({ documentId: courseId, locale: 'zh-CN', data: { title: `${gel.title['zh-CN']}（${Date.now()}）` } } as never);
    await app.documents(COURSE).publish({ documentId: courseId, locale: 'zh-CN' } as never);
    const third = await get(path);
    expect(third.headers['x-doorstep-cache']).toBe('miss');
    expect(third.body.data[0].title).not.toBe(first.body.data[0].title);
    expect(third.body.data[0].title).toMatch(gel.title['zh-CN']);
    expect(third.body.data[0].lessons).toHaveLength(gel.lessons.length);
  });

  it('measures the heaviest read: a course with its lessons, attachments, cover and exam', async () => {
    // A real socket and a keep-alive client, so the figures are the server's, not supertest's.
    const server = app.server.httpServer;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    // A new page size makes a new URL: the first read of each is uncached.
    const url = (pageSize: number) =>
      `http://127.0.0.1:${port}/api/courses?filters[slug][$eq]=${hydrating.slug}&populate[lessons][populate][attachments]=true&populate[cover]=true&populate[exam]=true&pagination[pageSize]=${pageSize}`;
    const time = async (pageSize: number, cache: 'hit' | 'miss') => {
      const started = process.hrtime.bigint();
      const response = await fetch(url(pageSize));
      expect(response.status).toBe(200);
      expect(response.headers.get('x-doorstep-cache')).toBe(cache);
      await response.json();
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const cold: number[] = [];
    const warm: number[] = [];
    try {
      for (let pageSize = 1; pageSize <= 30; pageSize += 1) {
        cold.push(await time(pageSize, 'miss'));
        warm.push(await time(pageSize, 'hit'));
      }
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)];
    process.stdout.write(
      `heaviest CMS read (course + lessons + attachments + cover + exam), 30 samples: uncached p50 ${percentile(cold, 0.5).toFixed(1)} ms / p90 ${percentile(cold, 0.9).toFixed(1)} ms; cached p50 ${percentile(warm, 0.5).toFixed(1)} ms / p90 ${percentile(warm, 0.9).toFixed(1)} ms\n`,
    );
    expect(percentile(warm, 0.5)).toBeLessThan(percentile(cold, 0.5));
  });
});
