/**
 * An illustrated head-and-shoulders portrait for a demo profile, drawn from a
 * seed (the beautician's handle): the same seed always gives the same picture,
 * different seeds mostly different ones. Plain shapes, no text, so it renders
 * the same wherever it is rasterised (no fonts needed).
 */

const BACKGROUNDS = ['#f6e3d9', '#e3eef0', '#ece6f5', '#f3ead2', '#e2efe4', '#f5dfe6'];
const SKIN = ['#f5d3b8', '#eec4a2', '#e2b08c', '#d49c77', '#f8dcc6'];
const HAIR = ['#2b211d', '#3a2a22', '#4a3326', '#1f1a1a', '#5c3b2a', '#6b4a3a'];
const TOPS = ['#ffffff', '#1f5f5b', '#c2705e', '#3f4d7a', '#8a5a83', '#d9a441'];
const STYLES = ['long', 'bob', 'bun', 'short'] as const;

export type HairStyle = (typeof STYLES)[number];

export interface PortraitLook {
  background: string;
  skin: string;
  hair: string;
  top: string;
  style: HairStyle;
}

/** 32-bit FNV-1a: small, stable across runs and platforms. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (const char of text) {
    value ^= char.codePointAt(0)!;
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

export function portraitLook(seed: string): PortraitLook {
  let rest = hash(seed);
  const pick = <T>(options: readonly T[]): T => {
    const chosen = options[rest % options.length];
    rest = Math.floor(rest / options.length);
    return chosen;
  };
  return { background: pick(BACKGROUNDS), skin: pick(SKIN), hair: pick(HAIR), top: pick(TOPS), style: pick(STYLES) };
}

const hairBehind: Record<HairStyle, string> = {
  long: '<path d="M150 230 C150 120 362 120 362 230 L380 420 C330 440 182 440 132 420 Z"/>',
  bob: '<path d="M158 230 C158 124 354 124 354 230 L360 330 C320 344 192 344 152 330 Z"/>',
  bun: '<circle cx="256" cy="112" r="46"/>',
  short: '',
};

const hairFront: Record<HairStyle, string> = {
  long: '<path d="M166 222 C170 140 240 120 300 132 C340 142 352 182 348 222 C320 186 262 168 210 178 C190 184 176 200 166 222 Z"/>',
  bob: '<path d="M162 240 C160 150 220 124 270 128 C330 134 356 180 350 240 C334 200 300 176 256 174 C214 176 180 200 162 240 Z"/>',
  bun: '<path d="M168 214 C176 150 226 132 262 132 C314 134 346 168 344 214 C318 184 282 170 256 170 C226 170 192 184 168 214 Z"/>',
  short: '<path d="M168 222 C164 150 214 122 262 124 C318 126 352 162 346 222 C334 194 312 176 290 170 C262 184 214 188 168 222 Z"/>',
};

/** The portrait as a 512 × 512 SVG document. */
export function portraitSvg(seed: string): string {
  const look = portraitLook(seed);
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">',
    `<rect width="512" height="512" fill="${look.background}"/>`,
    `<circle cx="256" cy="236" r="200" fill="#ffffff" opacity="0.35"/>`,
    `<g fill="${look.hair}">${hairBehind[look.style]}</g>`,
    `<path d="M90 512 C96 410 170 372 256 372 C342 372 416 410 422 512 Z" fill="${look.top}" stroke="#00000014" stroke-width="4"/>`,
    `<path d="M222 318 L290 318 L296 384 C276 400 236 400 216 384 Z" fill="${look.skin}"/>`,
    `<ellipse cx="256" cy="238" rx="90" ry="106" fill="${look.skin}"/>`,
    `<g fill="${look.hair}">${hairFront[look.style]}</g>`,
    '<g fill="#3b2a24"><ellipse cx="222" cy="246" rx="8" ry="10"/><ellipse cx="290" cy="246" rx="8" ry="10"/></g>',
    '<g fill="#e58f86" opacity="0.35"><circle cx="206" cy="282" r="16"/><circle cx="306" cy="282" r="16"/></g>',
    '<path d="M232 292 Q256 312 280 292" fill="none" stroke="#a4574d" stroke-width="6" stroke-linecap="round"/>',
    '</svg>',
  ].join('');
}
