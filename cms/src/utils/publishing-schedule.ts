/**
 * Scheduled publishing: what is due for one locale of a document, given its
 * draft's `publish_at` / `unpublish_at` and whether that locale is published.
 *
 * A schedule is a one-shot order: once its time has come it is carried out (or
 * found moot) and cleared, so the next run does nothing and a later manual
 * unpublish or publish by an editor is not undone. Times are instants (ISO
 * strings with an offset, as Strapi stores them in UTC): editors enter them in
 * Shanghai time, and the comparison is by instant, never by calendar date.
 */
export const SCHEDULE_FIELDS = ['publish_at', 'unpublish_at'] as const;
export type ScheduleField = (typeof SCHEDULE_FIELDS)[number];

export interface ScheduledEntry {
  documentId: string;
  locale: string | null;
  publish_at: string | Date | null;
  unpublish_at: string | Date | null;
  /** This locale has a published version now. */
  published: boolean;
}

export interface ScheduleChange {
  documentId: string;
  locale: string | null;
  /** null: the time has come but there is nothing to do (the schedule is only cleared). */
  action: 'publish' | 'unpublish' | null;
  clear: ScheduleField[];
}

const instant = (value: string | Date | null): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? null : time;
};

/**
 * - `unpublish_at` has come: unpublish if published, and clear it (and a
 *   `publish_at` that has come too: that window has closed, e.g. while no cms
 *   ran, and is not opened after the fact).
 * - otherwise `publish_at` has come: publish the draft, and clear it.
 * - otherwise nothing.
 */
export function dueScheduleChanges(entries: ScheduledEntry[], now: Date): ScheduleChange[] {
  const at = now.getTime();
  const changes: ScheduleChange[] = [];
  for (const entry of entries) {
    const publishAt = instant(entry.publish_at);
    const unpublishAt = instant(entry.unpublish_at);
    const publishDue = publishAt !== null && publishAt <= at;
    const unpublishDue = unpublishAt !== null && unpublishAt <= at;
    const { documentId, locale } = entry;
    if (unpublishDue) {
      const clear: ScheduleField[] = publishDue ? ['publish_at', 'unpublish_at'] : ['unpublish_at'];
      changes.push({ documentId, locale, action: entry.published ? 'unpublish' : null, clear });
    } else if (publishDue) {
      changes.push({ documentId, locale, action: 'publish', clear: ['publish_at'] });
    }
  }
  return changes;
}
