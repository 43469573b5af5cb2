import { PayoutConfigError, PayoutError, payoutProviderNamed } from "../payouts"

/** What the ledger has paid so far: reference → withdrawal. */
const paid = new Map([["CMB20261201001", "wdrl_paid"]])
const provider = (name?: string) => payoutProviderNamed(name, { paidWith: async (reference) => paid.get(reference) ?? null })
const request = (id: string, reference: string | null) => ({
  withdrawal: { id, beautician_id: "bt_1", merchant_handle: "jingan-lumiere" },
  amount_fen: 10_000,
  payee: { beautician_id: "bt_1", display_name: "测试美容师" },
  reference,
})

describe("payout providers", () => {
  it("is manual unless configured, and asks for the bank transfer's reference", () => {
    expect(provider()).toMatchObject({ id: "manual", needsReference: true })
    expect(provider("manual").id).toBe("manual")
  })

  it("refuses a provider it does not have, naming the ones it has", () => {
    expect(() => provider("wechatpay-transfer")).toThrow(PayoutConfigError)
    expect(() => provider("wechatpay-transfer")).toThrow(/choose one of manual/)
  })

  it("records a manual transfer by the reference the finance staff give", async () => {
    await expect(provider().transfer(request("wdrl_new", "ICBC-2026-7788"))).resolves.toEqual({ reference: "ICBC-2026-7788", status: "paid" })
  })

  it.each([
    ["no reference", "wdrl_new", null, "REFERENCE_REQUIRED"],
    ["a reference that paid another withdrawal", "wdrl_new", "CMB20261201001", "REFERENCE_IN_USE"],
  ])("fails a manual payout with %s", async (_, id, reference, code) => {
    const failed = await provider().transfer(request(id, reference)).catch((error: unknown) => error)
    expect(failed).toBeInstanceOf(PayoutError)
    expect(failed).toMatchObject({ code })
  })

  it("accepts the reference that already records the same withdrawal (asked again after a lost answer)", async () => {
    await expect(provider().transfer(request("wdrl_paid", "CMB20261201001"))).resolves.toMatchObject({ status: "paid" })
  })
})
