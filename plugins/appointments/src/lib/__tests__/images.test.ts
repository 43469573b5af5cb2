import { BROWSER_IMAGE_TYPES, imageKind } from "../images"

const bytes = (...values: Array<number | string>) => Buffer.concat(values.map((v) => (typeof v === "string" ? Buffer.from(v, "latin1") : Buffer.from([v]))))

describe("imageKind", () => {
  it("knows JPEG, PNG, WebP and HEIC by their first bytes", () => {
    expect(imageKind(bytes(0xff, 0xd8, 0xff, 0xe0, "0000000000"))).toEqual({ type: "image/jpeg", extension: "jpg" })
    expect(imageKind(bytes(0x89, "PNG", 0x0d, 0x0a, 0x1a, 0x0a, "00000000"))).toEqual({ type: "image/png", extension: "png" })
    expect(imageKind(bytes("RIFF", 0, 0, 0, 0, "WEBPVP8 "))).toEqual({ type: "image/webp", extension: "webp" })
    expect(imageKind(bytes(0, 0, 0, 24, "ftypheic", "0000"))).toEqual({ type: "image/heic", extension: "heic" })
  })

  it("takes nothing else, whatever its name or stated type", () => {
    expect(imageKind(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull()
    expect(imageKind(Buffer.from("%PDF-1.7 0000000"))).toBeNull()
    expect(imageKind(bytes(0xff, 0xd8))).toBeNull() // too short to be a photo
  })

  it("takes only the types asked for, when asked", () => {
    const heic = bytes(0, 0, 0, 24, "ftypheic", "0000")
    expect(imageKind(heic, BROWSER_IMAGE_TYPES)).toBeNull()
    expect(imageKind(bytes("RIFF", 0, 0, 0, 0, "WEBPVP8 "), BROWSER_IMAGE_TYPES)).toEqual({ type: "image/webp", extension: "webp" })
  })
})
