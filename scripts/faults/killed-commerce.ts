/** What the kill -9 fault scripts share. */
import type { RunningCommerce } from "../lib/commerce-process"

/** `kill -9` of commerce, as a crash or the OOM killer would: no shutdown hook runs. Resolves once it is gone. */
export async function killCommerce(commerce: RunningCommerce): Promise<void> {
  process.kill(commerce.pid, "SIGKILL")
  for (;;) {
    try {
      process.kill(commerce.pid, 0)
    } catch {
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
