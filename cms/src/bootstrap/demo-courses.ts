import type { Core } from '@strapi/strapi';
import { paragraphsToBlocks } from '../utils/blocks';
import { LOCALES, loadCourses, type CourseSeed, type Locale } from '../utils/demo-data';

const COURSE = 'api::course.course';
const LESSON = 'api::lesson.lesson';
const EXAM = 'api::exam.exam';

const examFields = (exam: CourseSeed['exam'], locale: Locale) => ({
  title: exam.title[locale],
  pass_mark: exam.pass_mark,
  cooldown_hours: exam.cooldown_hours,
  validity_months: exam.validity_months,
  questions: exam.questions.map((question) => ({
    key: question.key,
    kind: question.kind,
    prompt: question.prompt[locale],
    options: question.options.map((option) => ({ key: option.key, label: option.label[locale], correct: option.correct })),
  })),
});

/**
 * Each demo course with its lessons (in order) and exam, published in both
 * locales. A course whose slug exists is left alone, so a trainer's changes
 * survive restarts. The course is published first: lessons and the exam own
 * their link to it, and their published versions point at the published course.
 */
export async function seedCourses(strapi: Core.Strapi): Promise<void> {
  const courses = strapi.documents(COURSE);
  const lessons = strapi.documents(LESSON);
  const exams = strapi.documents(EXAM);
  for (const course of loadCourses()) {
    const existing = await courses.findMany({ filters: { slug: course.slug }, status: 'draft', locale: '*' as never });
    if (existing.length > 0) continue;
    let courseId: string | undefined;
    for (const locale of LOCALES) {
      const data = { slug: course.slug, skill: course.skill, level: course.level, title: course.title[locale], summary: course.summary[locale] };
      if (courseId) await courses.update({ documentId: courseId, locale, data } as never);
      else courseId = (await courses.create({ locale, data } as never)).documentId;
    }
    const lessonIds: string[] = [];
    for (const lesson of course.lessons) {
      let lessonId: string | undefined;
      for (const locale of LOCALES) {
        const data = {
          title: lesson.title[locale],
          body: paragraphsToBlocks(lesson.body[locale]),
          video_url: lesson.video_url,
          duration_minutes: lesson.duration_minutes,
          course: courseId,
        };
        if (lessonId) await lessons.update({ documentId: lessonId, locale, data } as never);
        else lessonId = (await lessons.create({ locale, data } as never)).documentId;
      }
      lessonIds.push(lessonId!);
    }
    let examId: string | undefined;
    for (const locale of LOCALES) {
      const data = { ...examFields(course.exam, locale), course: courseId };
      if (examId) await exams.update({ documentId: examId, locale, data } as never);
      else examId = (await exams.create({ locale, data } as never)).documentId;
    }
    await courses.publish({ documentId: courseId!, locale: '*' } as never);
    for (const lessonId of lessonIds) await lessons.publish({ documentId: lessonId, locale: '*' } as never);
    await exams.publish({ documentId: examId!, locale: '*' } as never);
  }
}
