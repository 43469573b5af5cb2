/**
 * A mistake in configuration or environment that the person starting Doorstep can
 * fix. It is printed as one line, without a stack trace, and the process exits 1.
 */
export class SetupError extends Error {}

/** `postgres://user:****@host:port/db`: the password never reaches a log. */
export function maskUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = "****"
    return parsed.toString()
  } catch {
    return "<unparseable URL>"
  }
}
