/** A course's figures as commerce sends them: whole counts, a pass rate in per cent, the last attempt's instant. */
export interface CourseFigures {
  attempts: number;
  passes: number;
  pass_rate: number;
  beauticians: number;
  last_attempt_at: string | null;
}

const FIELDS = ['attempts', 'passes', 'pass_rate', 'beauticians', 'last_attempt_at'];
const count = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Checks the body's `data`; the first problem names its field. */
export function parseCourseFigures(data: unknown): { figures: CourseFigures } | { error: string; field: string } {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { error: 'data must be an object', field: 'data' };
  const input = data as Record<string, unknown>;
  const unknown = Object.keys(input).find((key) => !FIELDS.includes(key));
  if (unknown) return { error: `Unknown field ${unknown}`, field: unknown };
  for (const field of ['attempts', 'passes', 'beauticians']) {
    if (!count(input[field])) return { error: `${field} must be a whole number 0 or more`, field };
  }
  const { attempts, passes, beauticians, pass_rate, last_attempt_at } = input as Record<string, number & string>;
  if (passes > attempts) return { error: 'passes cannot exceed attempts', field: 'passes' };
  if (beauticians > attempts) return { error: 'beauticians cannot exceed attempts', field: 'beauticians' };
  if (typeof pass_rate !== 'number' || pass_rate < 0 || pass_rate > 100) return { error: 'pass_rate must be 0–100', field: 'pass_rate' };
  if (last_attempt_at !== null && (typeof last_attempt_at !== 'string' || Number.isNaN(Date.parse(last_attempt_at)))) {
    return { error: 'last_attempt_at must be an ISO 8601 instant or null', field: 'last_attempt_at' };
  }
  if ((attempts === 0) !== (last_attempt_at === null)) return { error: 'last_attempt_at is null exactly when there are no attempts', field: 'last_attempt_at' };
  return { figures: { attempts, passes, pass_rate, beauticians, last_attempt_at } };
}
