import { maskedPhone, mobileE164 } from "../phone"

describe("mobileE164", () => {
  it.each([
    ["13812345678", "+8613812345678"],
    ["138 1234 5678", "+8613812345678"],
    ["+86 138-1234-5678", "+8613812345678"],
    ["008613812345678", "+8613812345678"],
    ["+85261234567", "+85261234567"], // a Hong Kong mobile
  ])("takes %s as %s", (input, e164) => expect(mobileE164(input)).toBe(e164))

  it.each([["12345"], ["1381234567"], ["02162881266"], ["+862162881266"], ["not a phone"], [""]])("refuses %s (too short, a landline, or not a number)", (input) => {
    expect(mobileE164(input)).toBeNull()
  })
})

describe("maskedPhone", () => {
  it("shows only the last four digits", () => expect(maskedPhone("+8613812345678")).toBe("+86 ••• •••• 5678"))
})
