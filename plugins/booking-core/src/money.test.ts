import { fenToYuan, yuanToFen } from "./money"

describe("money crossings", () => {
  it.each([
    [29800, "298.00"],
    [21805, "218.05"],
    [1, "0.01"],
    [0, "0.00"],
  ])("%i fen is %s yuan", (fen, yuan) => expect(fenToYuan(fen)).toBe(yuan))

  it.each([-1, 1.5, Number.NaN])("refuses %p fen", (fen) => expect(() => fenToYuan(fen)).toThrow(RangeError))

  it.each([
    ["218", 21800],
    ["218.5", 21850],
    ["218.05", 21805],
    ["0.01", 1],
  ])("%s yuan is %i fen", (yuan, fen) => expect(yuanToFen(yuan)).toBe(fen))

  it.each(["", "1e3", "-1", "1.005", "12,00"])("refuses %j yuan", (yuan) => expect(() => yuanToFen(yuan)).toThrow(RangeError))
})
