import type { MedusaContainer } from "@medusajs/framework/types"
import { TRAINING_MODULE, type TrainingModuleService } from "../modules/training"
import { cmsRequest } from "./cms-client"

/**
 * Sends a course's figures — attempts, passes, pass rate (%), distinct
 * beauticians, last attempt — to the cms, where trainers read them
 * (`PUT /api/course-stats/:courseDocumentId`, commerce's token only). Always
 * the whole count from our attempts, so a lost push is mended by the next.
 */
export async function pushCourseFigures(container: MedusaContainer, courseDocumentId: string) {
  const training = container.resolve<TrainingModuleService>(TRAINING_MODULE)
  const figures = await training.courseFigures(courseDocumentId)
  const answer = await cmsRequest(training.cms, `/api/course-stats/${encodeURIComponent(courseDocumentId)}`, {
    method: "PUT",
    withToken: true,
    body: { data: { ...figures, last_attempt_at: figures.last_attempt_at?.toISOString() ?? null } },
  })
  if (answer.status !== 200) throw new Error(`the cms answered ${answer.status}${answer.body?.error?.code ? ` ${answer.body.error.code}` : ""}`)
  return figures
}
