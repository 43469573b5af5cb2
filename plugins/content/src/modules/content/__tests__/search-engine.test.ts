import { asValue } from "@medusajs/framework/awilix"
import { ContainerRegistrationKeys, createMedusaContainer } from "@medusajs/framework/utils"
import searchEngine from "../loaders/search-engine"
import ContentModuleService from "../service"

/** Every Meilisearch client made, by its config; each answers as a healthy Meilisearch whose index exists. */
const mockClients: Array<{ host: string }> = []
jest.mock("meilisearch", () => {
  const done = () => ({ waitTask: async () => ({ status: "succeeded", type: "settingsUpdate" }) })
  return {
    MeiliSearch: class {
      constructor(config: { host: string }) {
        mockClients.push(config)
      }
      health = async () => ({ status: "available" })
      createIndex = done
      index = () => ({ getRawInfo: async () => ({}), updateSettings: done })
    },
  }
})

/** The module's container as Medusa gives it to the loader and then to the service. */
function moduleContainer() {
  const container = createMedusaContainer()
  const db = { raw: () => Promise.reject(new Error("PostgreSQL was asked at start")) }
  container.register({ [ContainerRegistrationKeys.PG_CONNECTION]: asValue(db), baseRepository: asValue(undefined) })
  return container
}

describe("the content module's search engine", () => {
  beforeEach(() => mockClients.splice(0))

  it("is made once, by the loader, with one Meilisearch client that the service searches with", async () => {
    const container = moduleContainer()
    const options = { meilisearchHost: "http://127.0.0.1:7700", meilisearchApiKey: "key" }
    await searchEngine({ container, options } as never)
    const service = new ContentModuleService(container.cradle, options)
    expect(service.searchEngine.name).toBe("meilisearch")
    expect(service.searchEngine).toBe(container.resolve("searchEngine"))
    expect(mockClients).toEqual([expect.objectContaining({ host: "http://127.0.0.1:7700" })])
  })

  it("is PostgreSQL on the module's own connection when no Meilisearch is configured, and makes no client", async () => {
    const container = moduleContainer()
    await searchEngine({ container, options: {} } as never)
    const service = new ContentModuleService(container.cradle, {})
    expect(service.searchEngine.name).toBe("postgres")
    expect(service.searchEngine).toBe(container.resolve("searchEngine"))
    expect(mockClients).toEqual([])
  })
})
