import { vouchedPhoneActor, vouchForPhoneActor } from "../phone-actor"

describe("a phone's actor, vouched for", () => {
  const secret = "a-secret-of-sixteen-or-more"
  const header = vouchForPhoneActor(secret, "beautician", "+8613812345678", "bea_01")

  it("names the actor for the phone and actor type it was made for", () => {
    expect(vouchedPhoneActor(secret, "beautician", "+8613812345678", header)).toBe("bea_01")
  })

  it.each([
    ["another phone", secret, "beautician", "+8613900000000", header],
    ["another actor type", secret, "customer", "+8613812345678", header],
    ["another secret", "another-secret-of-sixteen", "beautician", "+8613812345678", header],
    ["another actor id", secret, "beautician", "+8613812345678", header.replace("bea_01", "bea_02")],
    ["a cut signature", secret, "beautician", "+8613812345678", header.slice(0, -1)],
    ["no signature", secret, "beautician", "+8613812345678", "bea_01"],
    ["no header", secret, "beautician", "+8613812345678", undefined],
  ] as const)("names nobody for %s", (_, key, actor, phone, value) => {
    expect(vouchedPhoneActor(key, actor, phone, value)).toBeNull()
  })
})
