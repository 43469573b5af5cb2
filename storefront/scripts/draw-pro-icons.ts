/**
 * Draws the portal's app icons (public/pro-icons/*.png) from the brand's mark
 * (app/icon.svg's sparkle on rose): `npx tsx storefront/scripts/draw-pro-icons.ts`.
 * The PNGs are committed; run this again only when the mark changes.
 */
import fs from "node:fs"
import path from "node:path"
import sharp from "sharp"

const OUT = path.join(__dirname, "..", "public", "pro-icons")
const ROSE = "#b5476b"
/** The sparkle of app/icon.svg, drawn in a 32-unit box. */
const SPARKLE = "M16 5c.9 6 5 10.1 11 11-6 .9-10.1 5-11 11-.9-6-5-10.1-11-11 6-.9 10.1-5 11-11z"

/** The sparkle at `scale` of the tile (1 = as in app/icon.svg), on rose with corners of `radius` units, or on nothing. */
function svg(size: number, { background, radius, scale, colour }: { background: boolean; radius: number; scale: number; colour: string }) {
  const offset = 16 - 16 * scale
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">` +
      (background ? `<rect width="32" height="32" rx="${radius}" fill="${ROSE}"/>` : "") +
      `<path d="${SPARKLE}" fill="${colour}" transform="translate(${offset} ${offset}) scale(${scale})"/></svg>`,
  )
}

const ICONS: Array<[string, number, Parameters<typeof svg>[1]]> = [
  // "any": the tile as the favicon draws it.
  ["icon-192.png", 192, { background: true, radius: 7, scale: 1, colour: "#fff" }],
  ["icon-512.png", 512, { background: true, radius: 7, scale: 1, colour: "#fff" }],
  // Maskable: full bleed, the mark inside the central 80 % circle that every launcher keeps.
  ["maskable-512.png", 512, { background: true, radius: 0, scale: 0.75, colour: "#fff" }],
  // iOS rounds the corners itself.
  ["apple-touch-icon.png", 180, { background: true, radius: 0, scale: 0.9, colour: "#fff" }],
  // Android's status-bar badge: only the shape counts.
  ["badge-96.png", 96, { background: false, radius: 0, scale: 1.1, colour: "#fff" }],
]

async function main() {
  fs.mkdirSync(OUT, { recursive: true })
  for (const [name, size, look] of ICONS) {
    await sharp(svg(size, look)).png({ compressionLevel: 9 }).toFile(path.join(OUT, name))
    process.stdout.write(`${name} ${size}×${size}\n`)
  }
}

void main()
