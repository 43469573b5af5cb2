import { meilisearchSynonyms, queryVariants } from "../synonyms"

describe("synonyms kept in code", () => {
  it.each([
    ["按摩", ["按摩", "推拿", "massage"]],
    ["上门推拿", ["上门推拿", "上门按摩", "上门massage"]],
    ["美发", ["美发", "理发", "剪发", "haircut"]],
    ["Massage", ["Massage", "按摩", "推拿"]],
    ["日式美甲", ["日式美甲", "日式做指甲", "日式manicure", "日式nail art"]],
    ["补水护理", ["补水护理", "保湿护理", "hydrating护理"]],
    ["头皮理疗", ["头皮理疗"]],
  ])("%s is searched as %j", (query, variants) => {
    expect(queryVariants(query)).toEqual(variants)
  })

  it("gives Meilisearch every word of a group as naming every other", () => {
    const synonyms = meilisearchSynonyms([["美睫", "睫毛嫁接"]])
    expect(synonyms).toEqual({ 美睫: ["睫毛嫁接"], 睫毛嫁接: ["美睫"] })
  })
})
