import type { operations } from "@doorstep/api"
import { answer, pro, type JsonOf } from "../api"

/** Someone applying to a studio from the portal: the studios to choose from, and where their application stands. */
export type ApplicationStanding = JsonOf<"/pro/application", "get">
export type Application = NonNullable<ApplicationStanding["application"]>
export type Studio = JsonOf<"/pro/studios", "get">["studios"][number]
/** What `POST /pro/application` takes. */
export type ApplicationInput = operations["postProApplication"]["requestBody"]["content"]["application/json"]

/** A live application: pending with the studio or the platform, or approved. A rejected one may be followed by another. */
export const isLive = (application: Application | null): application is Application => Boolean(application && application.status !== "rejected")

/** Where the token's holder stands, or null when commerce no longer takes the token (expired, or not the portal's). */
export async function applicationStanding(token: string): Promise<ApplicationStanding | null> {
  const standing = await answer("/pro/application", pro(token).GET("/pro/application"))
  return standing.ok ? standing.data : null
}

/** The studios taking applications, each with the services its beauticians may perform. */
export async function studiosTakingApplications(token: string): Promise<Studio[] | null> {
  const studios = await answer("/pro/studios", pro(token).GET("/pro/studios"))
  return studios.ok ? studios.data.studios : null
}
