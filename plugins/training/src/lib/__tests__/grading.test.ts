import { AnswerError, checkAnswers, grade, type GradingKey, type ShownQuestion } from "../grading"

// The seeded hydrating-facial exam: q2 is multiple choice (a, b, d), the others single.
const shown: ShownQuestion[] = [
  { key: "q1", kind: "single", options: [{ key: "a" }, { key: "b" }, { key: "c" }] },
  { key: "q2", kind: "multiple", options: [{ key: "a" }, { key: "b" }, { key: "c" }, { key: "d" }] },
  { key: "q3", kind: "single", options: [{ key: "a" }, { key: "b" }, { key: "c" }] },
  { key: "q4", kind: "single", options: [{ key: "a" }, { key: "b" }] },
]
const key: GradingKey = {
  pass_mark: 75,
  questions: [
    { id: "q1", kind: "single", correct: ["b"] },
    { id: "q2", kind: "multiple", correct: ["a", "b", "d"] },
    { id: "q3", kind: "single", correct: ["b"] },
    { id: "q4", kind: "single", correct: ["a"] },
  ],
}
const allRight = { q1: ["b"], q2: ["d", "a", "b"], q3: ["b"], q4: ["a"] }

describe("grading", () => {
  it.each([
    ["every answer right, the multiple one in any order", allRight, 100, true],
    ["one single-choice question wrong: 75 is the pass mark", { ...allRight, q4: ["b"] }, 75, true],
    ["a multiple-choice answer missing one correct option scores nothing", { ...allRight, q2: ["a", "b"], q4: ["b"] }, 50, false],
    ["a multiple-choice answer with one option too many scores nothing", { ...allRight, q2: ["a", "b", "c", "d"] }, 75, true],
    ["all wrong", { q1: ["a"], q2: ["c"], q3: ["c"], q4: ["b"] }, 0, false],
  ])("%s", (_, answers, score, passed) => {
    checkAnswers(shown, answers)
    const result = grade(key, shown, answers)
    expect(result.score).toBe(score)
    expect(result.passed).toBe(passed)
  })

  it("rounds the score down: 2 of 3 is 66, short of a pass mark of 67", () => {
    const three = shown.slice(0, 3)
    const result = grade({ pass_mark: 67, questions: key.questions.slice(0, 3) }, three, { q1: ["b"], q2: ["a", "b", "d"], q3: ["a"] })
    expect(result).toEqual({ score: 66, passed: false, correct: { q1: true, q2: true, q3: false } })
  })

  it.each([
    ["UNKNOWN_QUESTION", { ...allRight, q9: ["a"] }, "answers.q9"],
    ["UNANSWERED_QUESTION", { q1: ["b"], q2: ["a"], q3: ["b"] }, "answers.q4"],
    ["UNANSWERED_QUESTION", { ...allRight, q3: [] }, "answers.q3"],
    ["UNKNOWN_OPTION", { ...allRight, q4: ["z"] }, "answers.q4"],
    ["REPEATED_OPTION", { ...allRight, q2: ["a", "a"] }, "answers.q2"],
    ["ONE_OPTION_EXPECTED", { ...allRight, q1: ["a", "b"] }, "answers.q1"],
  ])("refuses %s (%j)", (code, answers, field) => {
    let thrown: unknown
    try {
      checkAnswers(shown, answers)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(AnswerError)
    expect(thrown).toMatchObject({ code, field })
  })
})
