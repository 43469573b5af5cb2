import { examProblems, gradingKey, withoutAnswerKeys, type ExamQuestionData } from './exam';

const single = (key: string, correct: string[], options = ['a', 'b', 'c']): ExamQuestionData => ({
  key,
  kind: 'single',
  options: options.map((option) => ({ key: option, label: option, correct: correct.includes(option) })),
});
const multiple = (key: string, correct: string[]): ExamQuestionData => ({ ...single(key, correct), kind: 'multiple' });

describe('examProblems', () => {
  it('passes a sound exam', () => {
    expect(examProblems([single('q1', ['b']), multiple('q2', ['a', 'c'])])).toEqual([]);
  });

  it.each([
    ['no questions', [], 'the exam has no questions'],
    ['a repeated question key', [single('q1', ['a']), single('q1', ['b'])], 'question 2 (q1): the key "q1" is used twice'],
    ['one option only', [single('q1', ['a'], ['a'])], 'question 1 (q1): needs at least two options'],
    ['two options with one key', [single('q1', ['a'], ['a', 'a'])], 'question 1 (q1): two options share a key'],
    ['a single choice with two answers', [single('q1', ['a', 'b'])], 'question 1 (q1): a single-choice question needs exactly one correct option'],
    ['a single choice with none', [single('q1', [])], 'question 1 (q1): a single-choice question needs exactly one correct option'],
    ['a multiple choice with none', [multiple('q1', [])], 'question 1 (q1): a multiple-choice question needs at least one correct option'],
  ])('reports %s', (_label, questions, problem) => {
    expect(examProblems(questions as ExamQuestionData[])).toContain(problem);
  });
});

describe('gradingKey', () => {
  it('lists each question with its correct option keys, in order', () => {
    expect(gradingKey([single('q1', ['b']), multiple('q2', ['a', 'c'])])).toEqual([
      { id: 'q1', kind: 'single', correct: ['b'] },
      { id: 'q2', kind: 'multiple', correct: ['a', 'c'] },
    ]);
  });
});

describe('withoutAnswerKeys', () => {
  it('removes every correct flag at any depth and keeps the rest', () => {
    const body = { data: [{ questions: [{ key: 'q1', options: [{ key: 'a', label: 'A', correct: true }] }] }], meta: {} };
    expect(withoutAnswerKeys(body)).toEqual({ data: [{ questions: [{ key: 'q1', options: [{ key: 'a', label: 'A' }] }] }], meta: {} });
    expect(JSON.stringify(withoutAnswerKeys(body))).not.toContain('correct');
  });
});
