import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { examProblems, type ExamQuestionData } from '../utils/exam';

const EXAM = 'api::exam.exam';

/**
 * An exam commerce could not grade is never published: publishing checks each
 * draft locale's questions (unique keys, enough options, the right number of
 * correct answers) and refuses with the problems listed.
 */
export function guardExamPublishing(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== EXAM || context.action !== 'publish') return next();
    const { documentId, locale } = context.params as { documentId: string; locale?: string | string[] };
    const where: Record<string, unknown> = { documentId, publishedAt: null };
    if (typeof locale === 'string' && locale !== '*') where.locale = locale;
    if (Array.isArray(locale)) where.locale = { $in: locale };
    const drafts = (await strapi.db.query(EXAM).findMany({ where, populate: { questions: { populate: { options: true } } } })) as Array<{
      locale: string;
      questions: ExamQuestionData[];
    }>;
    const problems = drafts.flatMap((draft) => examProblems(draft.questions ?? []).map((problem) => `${draft.locale}: ${problem}`));
    if (problems.length > 0) throw new errors.ValidationError(`This exam cannot be graded yet: ${problems.join('; ')}`, { problems });
    return next();
  });
}
