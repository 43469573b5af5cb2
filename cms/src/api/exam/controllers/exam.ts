import { factories } from '@strapi/strapi';
import type { Context } from 'koa';
import { LOCALES } from '../../../utils/demo-data';
import { examProblems, gradingKey, withoutAnswerKeys, type ExamQuestionData } from '../../../utils/exam';
import { sendError } from '../../../utils/http-error';

const UID = 'api::exam.exam';

export default factories.createCoreController(UID, ({ strapi }) => ({
  /** Public reads: the option's `correct` is private in the schema; this strips it once more, whatever was populated. */
  async find(ctx: Context) {
    return withoutAnswerKeys(await super.find(ctx));
  },

  async findOne(ctx: Context) {
    return withoutAnswerKeys(await super.findOne(ctx));
  },

  /** `GET /api/exams/:documentId/grading-key[?locale=]`: commerce's token only (see the route's policy). */
  async gradingKey(ctx: Context) {
    const { documentId } = ctx.params;
    const locale = typeof ctx.query.locale === 'string' ? ctx.query.locale : 'zh-CN';
    if (!(LOCALES as readonly string[]).includes(locale)) {
      return sendError(ctx, 400, 'INVALID_LOCALE', `locale must be one of ${LOCALES.join(', ')}`, { locale });
    }
    const exam = await strapi.documents(UID).findOne({
      documentId,
      locale,
      status: 'published',
      populate: { course: { fields: ['skill'] }, questions: { populate: { options: true } } },
    } as never);
    if (!exam) return sendError(ctx, 404, 'EXAM_NOT_FOUND', `No published exam ${documentId} in ${locale}`, { documentId, locale });
    const { course, questions, pass_mark, cooldown_hours, validity_months } = exam as unknown as {
      course: { documentId: string; skill: string } | null;
      questions: ExamQuestionData[];
      pass_mark: number;
      cooldown_hours: number;
      validity_months: number;
    };
    if (!course) return sendError(ctx, 409, 'EXAM_WITHOUT_COURSE', 'The exam belongs to no published course, so it certifies nothing', { documentId });
    const problems = examProblems(questions ?? []);
    if (problems.length > 0) return sendError(ctx, 409, 'EXAM_NOT_GRADABLE', problems.join('; '), { documentId, problems });
    ctx.body = {
      data: {
        documentId,
        locale,
        course: { documentId: course.documentId, skill: course.skill },
        pass_mark,
        cooldown_hours,
        validity_months,
        questions: gradingKey(questions),
      },
    };
  },
}));
