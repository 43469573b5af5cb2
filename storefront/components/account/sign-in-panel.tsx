"use client"

import { useRouter } from "next/navigation"
import type { Locale } from "@/lib/locale"
import { SignInForm } from "./sign-in-form"

/** The sign-in page's form: once signed in, on to where the customer was going. */
export function SignInPanel({ locale, next, error }: { locale: Locale; next: string; error?: string }) {
  const router = useRouter()
  return (
    <SignInForm
      locale={locale}
      next={next}
      initialError={error}
      onSignedIn={() => {
        router.replace(next)
        router.refresh()
      }}
    />
  )
}
