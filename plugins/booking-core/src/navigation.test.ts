import { checkInDistance, navigationLinks } from "./navigation"

const lujiazui = { lat: 31.2397, lng: 121.4998 }

describe("navigationLinks", () => {
  const links = navigationLinks(lujiazui, "陆家嘴环路 1000 号")

  it("opens AMap with longitude first, GCJ-02 coordinates and the native app when installed", () => {
    const url = new URL(links.amap)
    expect(url.host).toBe("uri.amap.com")
    expect(url.searchParams.get("to")).toBe("121.499800,31.239700,陆家嘴环路 1000 号")
    expect(url.searchParams.get("coordinate")).toBe("gaode")
    expect(url.searchParams.get("callnative")).toBe("1")
  })

  it("tells Baidu the coordinates are GCJ-02 (it would otherwise read them as BD-09, some 500 m off)", () => {
    expect(links.baidu.startsWith("baidumap://map/direction?")).toBe(true)
    const params = new URLSearchParams(links.baidu.split("?")[1])
    expect(params.get("destination")).toBe("latlng:31.239700,121.499800|name:陆家嘴环路 1000 号")
    expect(params.get("coord_type")).toBe("gcj02")
  })

  it("gives Apple and Google Maps driving directions to the point", () => {
    expect(new URL(links.apple).searchParams.get("daddr")).toBe("31.239700,121.499800")
    expect(new URL(links.google).searchParams.get("destination")).toBe("31.239700,121.499800")
    expect(new URL(links.google).searchParams.get("travelmode")).toBe("driving")
  })

  it("escapes names that would break a link", () => {
    const odd = navigationLinks(lujiazui, "A&B 大厦 #3|东门")
    expect(new URL(odd.apple).searchParams.get("q")).toBe("A&B 大厦 #3|东门")
    expect(new URLSearchParams(odd.baidu.split("?")[1]).get("destination")).toBe("latlng:31.239700,121.499800|name:A&B 大厦 #3|东门")
  })
})

describe("checkInDistance", () => {
  it("flags a check-in more than 300 m from the address, and not one at the door", () => {
    expect(checkInDistance(lujiazui, { lat: 31.2399, lng: 121.4999 })).toEqual({ meters: 24, flagged: false })
    const far = checkInDistance(lujiazui, { lat: 31.2437, lng: 121.4998 }) // about 445 m north
    expect(far.flagged).toBe(true)
    expect(far.meters).toBeGreaterThan(400)
  })
})
