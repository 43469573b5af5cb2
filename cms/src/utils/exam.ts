/** An exam's questions as stored (the option's `correct` flag is the answer key). */
export interface ExamOptionData {
  key: string;
  label?: string;
  correct?: boolean | null;
}

export interface ExamQuestionData {
  key: string;
  prompt?: string;
  kind: 'single' | 'multiple';
  options?: ExamOptionData[] | null;
}

export interface GradingKeyQuestion {
  id: string;
  kind: 'single' | 'multiple';
  correct: string[];
}

/**
 * What stops an exam from being gradable, one message per problem: repeated
 * question or option keys, a question with fewer than two options, a
 * single-choice question without exactly one correct option, a multiple-choice
 * one without any. Empty when the exam is sound.
 */
export function examProblems(questions: readonly ExamQuestionData[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  if (questions.length === 0) problems.push('the exam has no questions');
  questions.forEach((question, index) => {
    const label = `question ${index + 1} (${question.key})`;
    if (seen.has(question.key)) problems.push(`${label}: the key "${question.key}" is used twice`);
    seen.add(question.key);
    const options = question.options ?? [];
    if (options.length < 2) problems.push(`${label}: needs at least two options`);
    const keys = options.map((option) => option.key);
    if (new Set(keys).size !== keys.length) problems.push(`${label}: two options share a key`);
    const correct = options.filter((option) => option.correct === true).length;
    if (question.kind === 'single' && correct !== 1) problems.push(`${label}: a single-choice question needs exactly one correct option`);
    if (question.kind === 'multiple' && correct < 1) problems.push(`${label}: a multiple-choice question needs at least one correct option`);
  });
  return problems;
}

/** The answer key commerce grades with: each question's id, kind and correct option ids. */
export function gradingKey(questions: readonly ExamQuestionData[]): GradingKeyQuestion[] {
  return questions.map((question) => ({
    id: question.key,
    kind: question.kind,
    correct: (question.options ?? []).filter((option) => option.correct === true).map((option) => option.key),
  }));
}

/** A copy of any response body with every `correct` flag removed, however deep. */
export function withoutAnswerKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => withoutAnswerKeys(item)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => key !== 'correct')
        .map(([key, inner]) => [key, withoutAnswerKeys(inner)]),
    ) as T;
  }
  return value;
}
