import { isCreditCode } from "../credit-code"

describe("isCreditCode", () => {
  it.each([["91350100M000100Y43"], ["91110000600037341L"], ["91310000MA1FL6N012"]])("takes %s", (code) => expect(isCreditCode(code)).toBe(true))

  it.each([
    ["91350100M000100Y44", "a wrong check character"],
    ["91350100M000100Y4", "seventeen characters"],
    ["91350100m000100y43", "lower case"],
    ["91350100O000100Y43", "the letter O"],
    ["", "nothing"],
  ])("refuses %s (%s)", (code) => expect(isCreditCode(code)).toBe(false))
})
