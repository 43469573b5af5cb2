/**
 * Grading an exam against its key. Pure: the exam as the beautician was shown
 * it (questions and their options) and the key the cms gives commerce only.
 *
 * The rule: every question must be answered with options it has, each at
 * most once, and a single-choice question with exactly one. A question
 * scores when the chosen options are exactly its correct ones — for a
 * multiple-choice question the whole set, nothing missing and nothing extra
 * (no part marks). The score is the share of questions scored, 0–100,
 * rounded down; the exam is passed at `pass_mark` or above.
 */

export interface ShownQuestion {
  key: string
  kind: "single" | "multiple"
  options: Array<{ key: string }>
}

export interface GradingKey {
  pass_mark: number
  questions: Array<{ id: string; kind: "single" | "multiple"; correct: string[] }>
}

/** `{ [questionKey]: [optionKey, ...] }`, as the beautician submits it. */
export type Answers = Record<string, string[]>

export class AnswerError extends Error {
  constructor(
    readonly code: "UNKNOWN_QUESTION" | "UNANSWERED_QUESTION" | "UNKNOWN_OPTION" | "REPEATED_OPTION" | "ONE_OPTION_EXPECTED",
    message: string,
    readonly field: string,
  ) {
    super(message)
  }
}

/** Refuses answers that do not fit the exam shown, naming the first wrong one. */
export function checkAnswers(questions: ShownQuestion[], answers: Answers): void {
  const byKey = new Map(questions.map((q) => [q.key, q]))
  for (const key of Object.keys(answers)) {
    if (!byKey.has(key)) throw new AnswerError("UNKNOWN_QUESTION", `这份试卷没有题目 ${key} · The exam has no question ${key}`, `answers.${key}`)
  }
  for (const question of questions) {
    const chosen = answers[question.key]
    const field = `answers.${question.key}`
    if (!chosen || chosen.length === 0) throw new AnswerError("UNANSWERED_QUESTION", `请回答题目 ${question.key} · Question ${question.key} is not answered`, field)
    const known = new Set(question.options.map((o) => o.key))
    const unknown = chosen.find((option) => !known.has(option))
    if (unknown !== undefined) throw new AnswerError("UNKNOWN_OPTION", `题目 ${question.key} 没有选项 ${unknown} · Question ${question.key} has no option ${unknown}`, field)
    if (new Set(chosen).size !== chosen.length) throw new AnswerError("REPEATED_OPTION", `题目 ${question.key} 的选项重复 · An option of question ${question.key} is given twice`, field)
    if (question.kind === "single" && chosen.length !== 1) {
      throw new AnswerError("ONE_OPTION_EXPECTED", `题目 ${question.key} 是单选题 · Question ${question.key} takes exactly one option`, field)
    }
  }
}

export interface Grade {
  score: number
  passed: boolean
  /** Which questions scored, by key. */
  correct: Record<string, boolean>
}

/** Grades answers already checked against the exam shown (`checkAnswers`). A question the key does not know scores nothing. */
export function grade(key: GradingKey, questions: ShownQuestion[], answers: Answers): Grade {
  const correctSets = new Map(key.questions.map((q) => [q.id, new Set(q.correct)]))
  const correct: Record<string, boolean> = {}
  for (const question of questions) {
    const right = correctSets.get(question.key)
    const chosen = new Set(answers[question.key] ?? [])
    correct[question.key] = !!right && right.size === chosen.size && [...chosen].every((option) => right.has(option))
  }
  const total = questions.length
  const scored = Object.values(correct).filter(Boolean).length
  const score = total === 0 ? 0 : Math.floor((scored * 100) / total)
  return { score, passed: total > 0 && score >= key.pass_mark, correct }
}
