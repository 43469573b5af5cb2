import { z } from "zod"

const optionKey = z.string().min(1).max(64)

/** `?locale=zh-CN|en` (else the beautician's notification language, else zh-CN). */
export const LocaleQuery = z.object({ locale: z.enum(["zh-CN", "en"]).optional() }).strict()
export type LocaleQuery = z.infer<typeof LocaleQuery>

/** `{ answers: { [questionKey]: [optionKey, ...] } }`; whether they fit the exam is checked against it (400 with our codes). */
export const AttemptBody = z
  .object({
    locale: z.enum(["zh-CN", "en"]).optional(),
    answers: z.record(z.string().min(1).max(64), z.array(optionKey).max(20)),
  })
  .strict()
export type AttemptBody = z.infer<typeof AttemptBody>
