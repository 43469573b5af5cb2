import { answer, pro, type Answer, type JsonOf } from "../api"
import type { Locale } from "../locale"

export type OwnProfile = JsonOf<"/pro/profile", "get">["profile"]
export type ProfileVersion = NonNullable<OwnProfile["live"]>
export type ProfilePhoto = ProfileVersion["gallery"][number]
export type ProfileChange = { locale: Locale; bio: string; specialties: string[]; avatar_url: string | null; gallery_urls: string[] }

/** The beautician's profile in one language: what is public, and their change waiting for review. */
export async function readOwnProfile(token: string, locale: Locale): Promise<Answer<JsonOf<"/pro/profile", "get">>> {
  return answer("/pro/profile", pro(token).GET("/pro/profile", { params: { query: { locale } } }))
}

/** Sends the change for review (a draft in the cms); answers the profile as it now stands. */
export async function sendProfileChange(token: string, change: ProfileChange): Promise<Answer<JsonOf<"/pro/profile", "post">>> {
  return answer("/pro/profile", pro(token).POST("/pro/profile", { body: change }))
}

/** The secret address of the beautician's jobs as a calendar feed (made on first asking). */
export async function readCalendarFeed(token: string): Promise<Answer<JsonOf<"/pro/calendar-feed", "get">>> {
  return answer("/pro/calendar-feed", pro(token).GET("/pro/calendar-feed"))
}

/** A new secret address; the old one stops answering. */
export async function renewCalendarFeed(token: string): Promise<Answer<JsonOf<"/pro/calendar-feed/renew", "post">>> {
  return answer("/pro/calendar-feed/renew", pro(token).POST("/pro/calendar-feed/renew"))
}
