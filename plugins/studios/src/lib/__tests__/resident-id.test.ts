import { isResidentId } from "../resident-id"

describe("isResidentId", () => {
  it.each([["11010519491231002X"], ["110101199003077416"], ["310115199506123029"]])("takes %s", (id) => expect(isResidentId(id)).toBe(true))

  it.each([
    ["110105194912310021", "a wrong check character"],
    ["11010519491231002x", "a lower-case x"],
    ["110101199002307419", "30 February, with a right check character"],
    ["440524188001010014", "born before 1900"],
    ["11010519491231002", "seventeen characters"],
    ["", "nothing"],
  ])("refuses %s (%s)", (id) => expect(isResidentId(id)).toBe(false))
})
