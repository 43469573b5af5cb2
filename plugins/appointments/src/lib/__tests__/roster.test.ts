import { Roster, type RosterRow } from "../roster"

const centre = { lat: 31.2304, lng: 121.4737 }
const row = (id: string, kmNorth: number, overrides: Partial<RosterRow> = {}): RosterRow => ({
  id,
  timezone: "Asia/Shanghai",
  home_lat: centre.lat + kmNorth / 110.574,
  home_lng: centre.lng,
  service_radius_km: 10,
  service_districts: null,
  skill_product_ids: ["prod_tuina"],
  weekly: [{ weekday: 1, start: "09:00", end: "18:00" }],
  overrides: [],
  ...overrides,
})

describe("Roster", () => {
  const roster = new Roster([
    row("bea_far", 9),
    row("bea_near", 1),
    row("bea_mid", 5),
    row("bea_out_of_reach", 12),
    row("bea_wide", 25, { service_radius_km: 30 }),
    row("bea_nails", 2, { skill_product_ids: ["prod_nails"] }),
    row("bea_pudong_only", 3, { service_districts: ["浦东新区"] }),
  ])

  it("lists who performs the service and reaches the address, nearest home first", () => {
    expect(roster.serving("prod_tuina", { location: centre }).map((e) => e.id)).toEqual(["bea_near", "bea_mid", "bea_far", "bea_wide"])
  })

  it("lists who comes to a place for any service, nearest first, with the distance, at most as many as asked", () => {
    const near = roster.near(centre, 4)
    expect(near.map((n) => n.entry.id)).toEqual(["bea_near", "bea_nails", "bea_pudong_only", "bea_mid"])
    expect(near[0].km).toBeCloseTo(1, 1)
    expect(roster.near(centre, 50).map((n) => n.entry.id)).not.toContain("bea_out_of_reach")
    expect(roster.near(centre, 50).map((n) => n.entry.id)).toContain("bea_wide")
  })

  it("lists who comes to a place for one service only, when asked, before counting the limit", () => {
    expect(roster.near(centre, 2, "prod_nails").map((n) => n.entry.id)).toEqual(["bea_nails"])
    expect(roster.near(centre, 2, "prod_tuina").map((n) => n.entry.id)).toEqual(["bea_near", "bea_pudong_only"])
    expect(roster.near(centre, 50, "prod_unknown")).toEqual([])
  })

  it("honours a beautician's own district list", () => {
    expect(roster.serving("prod_tuina", { location: centre, district: "浦东新区" }).map((e) => e.id)).toContain("bea_pudong_only")
    expect(roster.serving("prod_tuina", { location: centre, district: "黄浦区" }).map((e) => e.id)).not.toContain("bea_pudong_only")
  })

  it("finds a named beautician only for a service they perform", () => {
    expect(roster.performing("prod_nails", "bea_nails")?.id).toBe("bea_nails")
    expect(roster.performing("prod_tuina", "bea_nails")).toBeUndefined()
    expect(roster.performing("prod_tuina", "bea_nobody")).toBeUndefined()
  })

  it("offers a studio's own service only with that studio's beauticians, even if someone else was given the skill", () => {
    const studios = new Roster([
      row("bea_jingan", 1, { merchant_handle: "jingan-lumiere", skill_product_ids: ["prod_jingan_spa", "prod_tuina"] }),
      row("bea_xuhui", 2, { merchant_handle: "xuhui-qingyu", skill_product_ids: ["prod_jingan_spa", "prod_tuina"] }),
    ])
    expect(studios.serving("prod_jingan_spa", { location: centre }, "jingan-lumiere").map((e) => e.id)).toEqual(["bea_jingan"])
    expect(studios.performing("prod_jingan_spa", "bea_xuhui", "jingan-lumiere")).toBeUndefined()
    expect(studios.performing("prod_jingan_spa", "bea_jingan", "jingan-lumiere")?.id).toBe("bea_jingan")
    // The platform's catalogue: anyone with the skill.
    expect(studios.serving("prod_tuina", { location: centre }, null).map((e) => e.id)).toEqual(["bea_jingan", "bea_xuhui"])
  })

  it("shares one hours object between beauticians with the same week, whatever the order of their windows", () => {
    const twoWindows = [
      { weekday: 2, start: "14:00", end: "18:00" },
      { weekday: 2, start: "09:00", end: "12:00" },
    ]
    const shared = new Roster([row("bea_1", 1, { weekly: twoWindows }), row("bea_2", 2, { weekly: [...twoWindows].reverse() }), row("bea_3", 3)])
    const [one, two, three] = ["bea_1", "bea_2", "bea_3"].map((id) => shared.performing("prod_tuina", id)!)
    expect(one.hours).toBe(two.hours)
    expect(one.hours).not.toBe(three.hours)
  })

  it("gives a beautician with a date override hours of their own, carrying the override", () => {
    const dayOff = { date: "2026-11-27", windows: [] }
    const roster = new Roster([row("bea_1", 1), row("bea_2", 2, { overrides: [dayOff] })])
    const [usual, away] = ["bea_1", "bea_2"].map((id) => roster.performing("prod_tuina", id)!)
    expect(usual.hours).not.toBe(away.hours)
    expect(away.hours.overrides).toEqual([dayOff])
    expect(usual.hours.overrides).toBeUndefined()
  })
})
