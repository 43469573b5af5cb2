import fs from "node:fs"
import { startHeadlessCms, type HeadlessCms } from "../../../commerce/integration-tests/helpers/cms"
import { setting } from "./tab"

export interface RunningCms extends HeadlessCms {
  url: string
}

/**
 * The real cms for a journey that needs it, on the port commerce and the
 * storefront already point at (`JOURNEY_CMS_URL`), with the demo content and
 * the demo beauticians' published profiles. The platform leaves it off for
 * every other journey (they show the pages without it), so stop it when done.
 */
export async function startCms(timeoutMs = 240_000): Promise<RunningCms> {
  const url = setting("JOURNEY_CMS_URL")
  const settings = JSON.parse(fs.readFileSync(setting("JOURNEY_CMS_ENV"), "utf8")) as Record<string, string>
  const { NODE_OPTIONS: _options, ...inherited } = process.env
  return { url, ...(await startHeadlessCms({ env: { ...inherited, ...settings }, url, timeoutMs })) }
}
