import { factories } from '@strapi/strapi';
import type { Context } from 'koa';
import { parseCourseFigures } from '../../../utils/course-figures';
import { sendError } from '../../../utils/http-error';

const UID = 'api::course-stat.course-stat';

export default factories.createCoreController(UID, ({ strapi }) => ({
  /**
   * `PUT /api/course-stats/:courseDocumentId` `{ data: { attempts, passes, pass_rate, beauticians, last_attempt_at } }`:
   * the course's whole figures (commerce counts them), so a repeated or late call only sets them again.
   */
  async record(ctx: Context) {
    const { courseDocumentId } = ctx.params;
    const parsed = parseCourseFigures((ctx.request as unknown as { body?: { data?: unknown } }).body?.data);
    if ('error' in parsed) return sendError(ctx, 400, 'INVALID_INPUT', parsed.error, { field: parsed.field });
    const course = (await strapi.documents('api::course.course').findOne({ documentId: courseDocumentId, locale: 'zh-CN', fields: ['slug', 'title'] } as never)) as {
      slug: string;
      title: string;
    } | null;
    if (!course) return sendError(ctx, 404, 'COURSE_NOT_FOUND', `No course ${courseDocumentId}`, { courseDocumentId });
    const data = { ...parsed.figures, course_document_id: courseDocumentId, course_slug: course.slug, course_title: course.title };
    const existing = await strapi.documents(UID).findFirst({ filters: { course_document_id: courseDocumentId } } as never);
    const saved = existing
      ? await strapi.documents(UID).update({ documentId: existing.documentId, data } as never)
      : await strapi.documents(UID).create({ data } as never);
    const { documentId, attempts, passes, pass_rate, beauticians, last_attempt_at } = saved as unknown as Record<string, unknown>;
    ctx.body = { data: { documentId, course_document_id: courseDocumentId, attempts, passes, pass_rate: Number(pass_rate), beauticians, last_attempt_at } };
  },
}));
