import { PopulateNotAllowedError, whitelistPopulate, type PopulateTree } from './populate';

const EXAM: PopulateTree = { course: true, questions: { options: true } };

describe('whitelistPopulate', () => {
  it.each([
    ['a name', 'course', { course: true }],
    ['a comma list', 'course,questions', { course: true, questions: true }],
    ['an array', ['course', 'questions'], { course: true, questions: true }],
    ['a dotted path', 'questions.options', { questions: { populate: { options: true } } }],
    ['an object', { questions: { populate: { options: true } } }, { questions: { populate: { options: true } } }],
    ['an object with fields', { course: { fields: ['title'] } }, { course: { fields: ['title'] } }],
    ['nothing', undefined, undefined],
  ])('accepts %s', (_label, requested, expected) => {
    expect(whitelistPopulate(requested, EXAM)).toEqual(expected);
  });

  it.each([
    ['the wildcard', '*'],
    ['a nested wildcard', { questions: { populate: '*' } }],
    ['a wildcard key', { '*': true }],
    ['an unknown relation', 'createdBy'],
    ['a path past a leaf', 'course.lessons'],
    ['an unknown nested name', { questions: { populate: { secret: true } } }],
    ['filters inside populate', { questions: { filters: { key: 'q1' } } }],
    ['a non-boolean value', { course: 'yes' }],
  ])('refuses %s with POPULATE_NOT_ALLOWED', (_label, requested) => {
    let error: unknown;
    try {
      whitelistPopulate(requested, EXAM);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PopulateNotAllowedError);
    expect((error as PopulateNotAllowedError).code).toBe('POPULATE_NOT_ALLOWED');
  });

  it('says which names are allowed where it refused', () => {
    expect(() => whitelistPopulate({ questions: { populate: { x: true } } }, EXAM)).toThrow(
      'populate "questions.x" is not allowed here; allowed: options',
    );
  });
});
