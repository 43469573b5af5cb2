import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const BANNER = 'api::banner.banner';

/** A banner's campaign ends after it starts; a change to either end is checked against the stored other. */
export function guardBannerPeriods(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== BANNER || !['create', 'update'].includes(context.action)) return next();
    const { documentId, data = {} } = context.params as { documentId?: string; data?: { starts_at?: string; ends_at?: string } };
    let { starts_at: startsAt, ends_at: endsAt } = data;
    if (documentId && (startsAt === undefined || endsAt === undefined)) {
      const stored = (await strapi.db.query(BANNER).findOne({ where: { documentId }, select: ['starts_at', 'ends_at'] })) as {
        starts_at: string;
        ends_at: string;
      } | null;
      startsAt ??= stored?.starts_at;
      endsAt ??= stored?.ends_at;
    }
    if (startsAt && endsAt && new Date(endsAt).getTime() <= new Date(startsAt).getTime()) {
      throw new errors.ValidationError('A banner must end after it starts (ends_at later than starts_at)', { field: 'ends_at' });
    }
    return next();
  });
}
