const isTty = Boolean(process.stdout.isTTY)
const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)}s`

/**
 * Runs one long step and shows that it is alive: a spinner with elapsed time on
 * a terminal, a start line and a done line (with the time taken) in logs.
 */
export async function step<T>(title: string, run: () => Promise<T>): Promise<T> {
  const started = Date.now()
  let frame = 0
  const timer = isTty
    ? setInterval(() => process.stdout.write(`\r${FRAMES[frame++ % FRAMES.length]} ${title} ${seconds(started)}`), 200)
    : undefined
  if (!isTty) process.stdout.write(`… ${title}\n`)
  try {
    const result = await run()
    process.stdout.write(`${isTty ? "\r\x1b[2K" : ""}✔ ${title} (${seconds(started)})\n`)
    return result
  } catch (error) {
    process.stdout.write(`${isTty ? "\r\x1b[2K" : ""}✖ ${title} (${seconds(started)})\n`)
    throw error
  } finally {
    if (timer) clearInterval(timer)
  }
}
