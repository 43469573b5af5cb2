import type { LoaderOptions } from "@medusajs/framework/types"
import { startSearch } from "../../../lib/search/start"
import type { ContentOptions } from "../service"

/** Checks the search engine answers and applies its settings (versioned in lib/search/settings.ts) before commerce serves. */
export default async function searchEngine({ options }: LoaderOptions<ContentOptions>): Promise<void> {
  await startSearch(options, process.env)
}
