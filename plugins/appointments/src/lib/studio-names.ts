import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The studios' names by handle (the studios plugin's merchants, read through the query graph); an unknown handle is left out. */
export async function studioNames(container: MedusaContainer, handles: readonly string[]): Promise<Map<string, string>> {
  const known = [...new Set(handles.filter(Boolean))]
  if (known.length === 0) return new Map()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "merchant", fields: ["handle", "name"], filters: { handle: known } })
  return new Map((data as Array<{ handle: string; name: string }>).map((m) => [m.handle, m.name]))
}
