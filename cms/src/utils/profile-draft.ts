import { LOCALES, type Locale } from './demo-data';

/** What a beautician may change of their own profile, through commerce: the words and the photos. */
export interface ProfileDraftInput {
  locale: Locale;
  /** Plain text; a blank line (or a line break) starts a new paragraph. */
  bio: string;
  specialties: string[];
  /** Media URLs as the cms serves them (or commerce hands them on): the portrait, and the work photos in order. */
  avatar: string | null;
  gallery: string[];
}

export const PROFILE_DRAFT_LIMITS = { bio: 1000, specialties: 8, specialty: 30, gallery: 9 } as const;

export type DraftCheck = { ok: true; input: ProfileDraftInput } | { ok: false; code: 'INVALID_LOCALE' | 'INVALID_INPUT'; field: string; message: string };

const FIELDS = ['bio', 'specialties', 'avatar', 'gallery'];
const isUrl = (value: unknown): value is string => typeof value === 'string' && value.length <= 2048 && /^(https?:\/\/|\/)\S+$/.test(value);

/** Checks commerce's `{ data }` for a beautician's draft; every field is required, nothing else is allowed. */
export function checkProfileDraft(locale: unknown, data: unknown): DraftCheck {
  const refuse = (field: string, message: string): DraftCheck => ({ ok: false, code: 'INVALID_INPUT', field, message });
  const chosen = locale ?? 'zh-CN';
  if (typeof chosen !== 'string' || !(LOCALES as readonly string[]).includes(chosen)) {
    return { ok: false, code: 'INVALID_LOCALE', field: 'locale', message: `locale must be one of ${LOCALES.join(', ')}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return refuse('data', 'data must be an object');
  const body = data as Record<string, unknown>;
  const extra = Object.keys(body).find((key) => !FIELDS.includes(key));
  if (extra) return refuse(extra, `Unknown field ${extra}`);
  const { bio, specialties, avatar, gallery } = body;
  if (typeof bio !== 'string' || bio.trim().length > PROFILE_DRAFT_LIMITS.bio) return refuse('bio', `bio must be text of at most ${PROFILE_DRAFT_LIMITS.bio} characters`);
  if (!Array.isArray(specialties) || specialties.length > PROFILE_DRAFT_LIMITS.specialties) {
    return refuse('specialties', `specialties must be a list of at most ${PROFILE_DRAFT_LIMITS.specialties}`);
  }
  const names = specialties.map((name) => (typeof name === 'string' ? name.trim() : ''));
  if (names.some((name) => name.length < 1 || name.length > PROFILE_DRAFT_LIMITS.specialty)) {
    return refuse('specialties', `each specialty must be 1–${PROFILE_DRAFT_LIMITS.specialty} characters`);
  }
  if (new Set(names).size !== names.length) return refuse('specialties', 'specialties must not repeat');
  if (avatar !== null && !isUrl(avatar)) return refuse('avatar', 'avatar must be a media URL or null');
  if (!Array.isArray(gallery) || gallery.length > PROFILE_DRAFT_LIMITS.gallery || !gallery.every(isUrl)) {
    return refuse('gallery', `gallery must be a list of at most ${PROFILE_DRAFT_LIMITS.gallery} media URLs`);
  }
  if (new Set(gallery).size !== gallery.length) return refuse('gallery', 'gallery must not name a photo twice');
  return { ok: true, input: { locale: chosen as Locale, bio: bio.trim(), specialties: names, avatar, gallery } };
}

/** The paragraphs of a beautician's plain-text bio. */
export const bioParagraphs = (bio: string): string[] => bio.split(/\n+/);

/**
 * Whether a media file is this beautician's own upload: commerce names the
 * photos it stores for a beautician `job-<id>-<random hex>.<ext>` (service records) or
 * `profile-<id>-<random hex>.<ext>` (their profile).
 */
export function isOwnUpload(fileName: string, beauticianId: string): boolean {
  const match = /^(?:job|profile)-(.+)-[0-9a-f]+\.[a-z0-9]+$/i.exec(fileName);
  return match !== null && match[1] === beauticianId;
}

/**
 * The stored URL a given URL may stand for: the cms keeps local files as
 * `/uploads/...` and commerce hands them on absolute (on the cms's public
 * address); S3 files are absolute both ways.
 */
export function storedUrlCandidates(url: string): string[] {
  if (url.startsWith('/')) return [url];
  try {
    return [url, new URL(url).pathname];
  } catch {
    return [url];
  }
}
