import { notFound } from "next/navigation"

/**
 * Any address no page answers: this locale's not-found page, rendered for the
 * request. Next's own fallback is a file made at build time, whose scripts
 * carry no nonce, so the Content-Security-Policy (proxy.ts) would refuse them.
 */
export const dynamic = "force-dynamic"

export default function Missing(): never {
  notFound()
}
