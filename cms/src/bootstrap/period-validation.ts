import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SCHEDULED_TYPES } from './scheduled-publishing';

interface Period {
  uids: readonly string[];
  start: string;
  end: string;
  message: string;
}

/** Periods whose end must come after their start (both optional unless the schema says otherwise). */
const PERIODS: Period[] = [
  { uids: ['api::banner.banner'], start: 'starts_at', end: 'ends_at', message: 'A banner must end after it starts (ends_at later than starts_at)' },
  {
    uids: SCHEDULED_TYPES,
    start: 'publish_at',
    end: 'unpublish_at',
    message: 'An entry must be unpublished after it is published (unpublish_at later than publish_at)',
  },
];

const instant = (value: unknown): number | null => (value ? new Date(value as string).getTime() : null);

/**
 * On create and update, a period's end must come after its start; a change to
 * one end is checked against the other as stored in that locale's draft (the
 * version editors change). Refused with a ValidationError naming the end field.
 */
export function guardPeriods(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!['create', 'update'].includes(context.action)) return next();
    const periods = PERIODS.filter((period) => period.uids.includes(context.uid));
    if (periods.length === 0) return next();
    const { documentId, locale, data = {} } = context.params as { documentId?: string; locale?: string; data?: Record<string, unknown> };
    let stored: Record<string, unknown> | null = null;
    const needsStored = documentId && periods.some(({ start, end }) => !(start in data) || !(end in data));
    if (needsStored) {
      const where: Record<string, unknown> = { documentId, publishedAt: null };
      if (typeof locale === 'string' && locale !== '*') where.locale = locale;
      stored = await strapi.db.query(context.uid).findOne({ where, select: periods.flatMap(({ start, end }) => [start, end]) });
    }
    for (const { start, end, message } of periods) {
      const startsAt = instant(start in data ? data[start] : stored?.[start]);
      const endsAt = instant(end in data ? data[end] : stored?.[end]);
      if (startsAt !== null && endsAt !== null && endsAt <= startsAt) throw new errors.ValidationError(message, { field: end });
    }
    return next();
  });
}
