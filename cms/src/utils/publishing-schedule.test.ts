import { dueScheduleChanges, type ScheduledEntry } from './publishing-schedule';

const now = new Date('2026-12-01T04:00:00.000Z'); // 12:00 in Shanghai
const entry = (overrides: Partial<ScheduledEntry>): ScheduledEntry => ({
  documentId: 'doc1',
  locale: 'zh-CN',
  publish_at: null,
  unpublish_at: null,
  published: false,
  ...overrides,
});

describe('what scheduled publishing has to do', () => {
  it.each<[string, Partial<ScheduledEntry>, { action: string | null; clear: string[] } | null]>([
    ['nothing scheduled', {}, null],
    ['publish_at has come', { publish_at: '2026-12-01T03:59:00.000Z' }, { action: 'publish', clear: ['publish_at'] }],
    ['publish_at is exactly now', { publish_at: '2026-12-01T04:00:00.000Z' }, { action: 'publish', clear: ['publish_at'] }],
    ['publish_at a second ahead', { publish_at: '2026-12-01T04:00:01.000Z' }, null],
    ['published, a new version due', { publish_at: '2026-12-01T03:00:00.000Z', published: true }, { action: 'publish', clear: ['publish_at'] }],
    ['published, unpublish_at has come', { unpublish_at: '2026-12-01T03:59:00.000Z', published: true }, { action: 'unpublish', clear: ['unpublish_at'] }],
    ['published, unpublish_at ahead', { unpublish_at: '2026-12-01T05:00:00.000Z', published: true }, null],
    ['published now, taken down later', { publish_at: '2026-12-01T03:00:00.000Z', unpublish_at: '2026-12-02T04:00:00.000Z' }, { action: 'publish', clear: ['publish_at'] }],
    ['not published, unpublish_at has come: only cleared', { unpublish_at: '2026-12-01T03:00:00.000Z' }, { action: null, clear: ['unpublish_at'] }],
    [
      'the whole window passed unseen: not opened after the fact',
      { publish_at: '2026-12-01T01:00:00.000Z', unpublish_at: '2026-12-01T02:00:00.000Z' },
      { action: null, clear: ['publish_at', 'unpublish_at'] },
    ],
    [
      'the whole window passed while published: taken down',
      { publish_at: '2026-12-01T01:00:00.000Z', unpublish_at: '2026-12-01T02:00:00.000Z', published: true },
      { action: 'unpublish', clear: ['publish_at', 'unpublish_at'] },
    ],
    ['an unreadable time is no schedule', { publish_at: 'soon' }, null],
  ])('%s', (_name, overrides, expected) => {
    const changes = dueScheduleChanges([entry(overrides)], now);
    expect(changes).toEqual(expected ? [{ documentId: 'doc1', locale: 'zh-CN', ...expected }] : []);
  });

  it('compares instants across the Shanghai date line: 00:30 on 2 December in Shanghai is 16:30 on 1 December UTC', () => {
    const publishAt = '2026-12-02T00:30:00+08:00';
    const scheduled = [entry({ publish_at: publishAt })];
    expect(dueScheduleChanges(scheduled, new Date('2026-12-01T16:29:59.999Z'))).toEqual([]);
    expect(dueScheduleChanges(scheduled, new Date('2026-12-01T16:30:00.000Z'))).toMatchObject([{ action: 'publish' }]);
    // Strapi hands the stored value back in UTC; it is the same instant.
    expect(dueScheduleChanges([entry({ publish_at: new Date(publishAt) })], new Date('2026-12-01T16:30:00.000Z'))).toMatchObject([{ action: 'publish' }]);
  });

  it('handles each locale of a document on its own', () => {
    const changes = dueScheduleChanges(
      [
        entry({ locale: 'zh-CN', publish_at: '2026-12-01T03:00:00.000Z' }),
        entry({ locale: 'en', publish_at: '2026-12-01T06:00:00.000Z' }),
        entry({ locale: 'en', documentId: 'doc2', unpublish_at: '2026-12-01T03:00:00.000Z', published: true }),
      ],
      now,
    );
    expect(changes).toEqual([
      { documentId: 'doc1', locale: 'zh-CN', action: 'publish', clear: ['publish_at'] },
      { documentId: 'doc2', locale: 'en', action: 'unpublish', clear: ['unpublish_at'] },
    ]);
  });
});
