import { hashSignInCode, newSignInCode, refuseCode, SIGN_IN_CODE_RULES } from "../sign-in-codes"

const now = Date.parse("2026-12-01T12:00:00Z")
const ago = (seconds: number) => now - seconds * 1000

describe("refuseCode", () => {
  it.each([
    ["nothing sent yet", [], [], null],
    ["the last code 61 s ago", [ago(61)], [ago(61)], null],
    ["the last code 59 s ago", [ago(59)], [ago(59)], { code: "CODE_TOO_SOON", retryAfterSeconds: 1 }],
    ["the last code exactly a minute ago", [ago(60)], [ago(60)], null],
    ["four codes this hour", [ago(3000), ago(2000), ago(1000), ago(100)], [], null],
    ["five codes this hour, the oldest 50 min ago", [ago(3000), ago(2500), ago(2000), ago(1000), ago(100)], [], { code: "TOO_MANY_CODES", retryAfterSeconds: 600 }],
    ["five codes, the oldest just over an hour ago", [ago(3601), ago(2500), ago(2000), ago(1000), ago(100)], [], null],
    ["twenty from this address, to others", [], Array.from({ length: 20 }, (_, i) => ago(3590 - i * 100)), { code: "TOO_MANY_REQUESTS", retryAfterSeconds: 10 }],
    ["nineteen from this address", [], Array.from({ length: 19 }, (_, i) => ago(3590 - i * 100)), null],
  ] as const)("%s", (_, toPhone, fromIp, refusal) => {
    expect(refuseCode(now, [...toPhone], [...fromIp])).toEqual(refusal)
  })
})

describe("sign-in codes", () => {
  it("are six digits, leading zeros kept, and not the same twice in a row", () => {
    const codes = Array.from({ length: 200 }, () => newSignInCode())
    expect(codes.every((code) => /^\d{6}$/.test(code))).toBe(true)
    expect(new Set(codes).size).toBeGreaterThan(190)
    expect(SIGN_IN_CODE_RULES.digits).toBe(6)
  })

  it("are stored as an HMAC bound to the secret and the phone", () => {
    const stored = hashSignInCode("secret-one-secret-one", "+8613812345678", "012345")
    expect(stored).not.toContain("012345")
    expect(hashSignInCode("secret-one-secret-one", "+8613812345678", "012345")).toBe(stored)
    expect(hashSignInCode("secret-two-secret-two", "+8613812345678", "012345")).not.toBe(stored)
    expect(hashSignInCode("secret-one-secret-one", "+8613912345678", "012345")).not.toBe(stored)
  })
})
