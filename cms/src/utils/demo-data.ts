import fs from 'node:fs';
import path from 'node:path';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export interface ServiceContentSeed {
  description: string[];
  steps: Array<{ title: string; detail: string }>;
  aftercare: string[];
}

export interface ServiceSeed {
  handle: string;
  title: Record<Locale, string>;
  subtitle: Record<Locale, string>;
  content: Record<Locale, ServiceContentSeed>;
}

export interface CmsAdminSeed {
  email: string;
  password: string;
  firstname: string;
  lastname: string;
}

/** The repository's one source of demo data (`scripts/seed/data`), or `DOORSTEP_SEED_DIR`. */
function seedDirectory(): string {
  return process.env.DOORSTEP_SEED_DIR ?? path.resolve(process.cwd(), '..', 'scripts', 'seed', 'data');
}

export const seedFile = (file: string) => path.join(seedDirectory(), file);

function read<T>(file: string): T {
  return JSON.parse(fs.readFileSync(seedFile(file), 'utf8')) as T;
}

export const loadServices = () => read<ServiceSeed[]>('services.json');
export const loadCmsAdmin = () => read<{ cms_admin: CmsAdminSeed }>('accounts.json').cms_admin;

export interface CmsEditorSeed extends CmsAdminSeed {
  /** An admin role code from src/bootstrap/admin-roles.ts. */
  role: string;
  merchant_handle?: string;
}

export const loadCmsEditors = () => read<{ cms_editors?: CmsEditorSeed[] }>('accounts.json').cms_editors ?? [];

/** Every cms account the demo seeds: the first admin and the editors. */
export const loadCmsAccounts = (): CmsAdminSeed[] => [loadCmsAdmin(), ...loadCmsEditors()];

export type Localized = Record<Locale, string>;

export interface CourseSeed {
  slug: string;
  skill: string;
  level: 'beginner' | 'intermediate' | 'advanced';
  title: Localized;
  summary: Localized;
  lessons: Array<{ title: Localized; body: Record<Locale, string[]>; video_url: string; duration_minutes: number }>;
  exam: {
    title: Localized;
    pass_mark: number;
    cooldown_hours: number;
    validity_months: number;
    questions: Array<{
      key: string;
      kind: 'single' | 'multiple';
      prompt: Localized;
      options: Array<{ key: string; correct: boolean; label: Localized }>;
    }>;
  };
}

export const loadCourses = () => read<CourseSeed[]>('courses.json');

export interface BeauticianSeed {
  handle: string;
  merchant: string;
  name: Localized;
  years_experience: number;
  bio: Localized;
  specialties: Record<Locale, string[]>;
}

export const loadBeauticians = () => read<BeauticianSeed[]>('beauticians.json');

/**
 * Commerce's id of each demo beautician by handle, from the file its seed
 * writes (`DOORSTEP_COMMERCE_SEED_OUTPUT`, which `npm start` sets); null when
 * there is none, e.g. a cms started on its own.
 */
export function loadCommerceBeauticianIds(): Map<string, string> | null {
  const file = process.env.DOORSTEP_COMMERCE_SEED_OUTPUT;
  if (!file || !fs.existsSync(file)) return null;
  const output = JSON.parse(fs.readFileSync(file, 'utf8')) as { beauticians?: Record<string, string> };
  return output.beauticians ? new Map(Object.entries(output.beauticians)) : null;
}
