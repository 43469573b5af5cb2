import { parseCourseFigures } from './course-figures';

const good = { attempts: 4, passes: 1, pass_rate: 25, beauticians: 2, last_attempt_at: '2026-12-01T12:00:00.000Z' };

describe('course figures from commerce', () => {
  it('accepts whole counts, a rate in per cent and the last attempt', () => {
    expect(parseCourseFigures(good)).toEqual({ figures: good });
    expect(parseCourseFigures({ attempts: 0, passes: 0, pass_rate: 0, beauticians: 0, last_attempt_at: null })).toMatchObject({ figures: { attempts: 0 } });
  });

  it.each([
    [null, 'data'],
    [{ ...good, extra: 1 }, 'extra'],
    [{ ...good, attempts: -1 }, 'attempts'],
    [{ ...good, passes: 1.5 }, 'passes'],
    [{ ...good, passes: 5 }, 'passes'],
    [{ ...good, beauticians: 5 }, 'beauticians'],
    [{ ...good, pass_rate: 101 }, 'pass_rate'],
    [{ ...good, last_attempt_at: 'yesterday' }, 'last_attempt_at'],
    [{ ...good, last_attempt_at: null }, 'last_attempt_at'],
  ])('refuses %j, naming %s', (data, field) => {
    expect(parseCourseFigures(data)).toMatchObject({ field });
  });
});
