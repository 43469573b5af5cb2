import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';
import { portraitSvg } from '../utils/avatar';
import { paragraphsToBlocks } from '../utils/blocks';
import { LOCALES, loadBeauticians, loadCommerceBeauticianIds, type BeauticianSeed, type Locale } from '../utils/demo-data';

const UID = 'api::beautician-profile.beautician-profile';

type ProfileRow = { documentId: string; locale: string; publishedAt: string | null; bio: unknown[] | null };

const localizedFields = (seed: BeauticianSeed, locale: Locale) => ({
  display_name: seed.name[locale],
  bio: paragraphsToBlocks([seed.bio[locale]]),
  specialties: seed.specialties[locale].map((name) => ({ name })),
});

/** The beautician's generated portrait, as a PNG in the media library. */
async function uploadPortrait(strapi: Core.Strapi, seed: BeauticianSeed): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorstep-portrait-'));
  try {
    const filepath = path.join(dir, `${seed.handle}.png`);
    await sharp(Buffer.from(portraitSvg(seed.handle))).png().toFile(filepath);
    const [file] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name: `${seed.handle}.png`, alternativeText: `${seed.name['zh-CN']} · ${seed.name.en}`, caption: 'Demo portrait (generated)' } },
        files: { filepath, originalFilename: `${seed.handle}.png`, mimetype: 'image/png', size: fs.statSync(filepath).size },
      });
    return file.id;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Each demo beautician's profile, published in both locales with a generated
 * portrait, bio, years of experience and specialties, under commerce's id for
 * them (from its seed's output; without it nothing is seeded). A profile
 * someone has written (published, or with a bio) is left alone; the bare
 * draft commerce makes for every beautician is filled in.
 */
export async function seedBeauticianProfiles(strapi: Core.Strapi): Promise<number> {
  const ids = loadCommerceBeauticianIds();
  if (!ids) {
    strapi.log.info('No commerce seed output (DOORSTEP_COMMERCE_SEED_OUTPUT): demo beautician profiles not seeded');
    return 0;
  }
  const documents = strapi.documents(UID);
  let seeded = 0;
  for (const seed of loadBeauticians()) {
    const beauticianId = ids.get(seed.handle);
    if (!beauticianId) continue;
    const existing = (await documents.findMany({ filters: { beautician_id: beauticianId }, status: 'draft', locale: '*' as never } as never)) as unknown as ProfileRow[];
    const published = await documents.findMany({ filters: { beautician_id: beauticianId }, status: 'published', locale: '*' as never } as never);
    if (published.length > 0 || existing.some((row) => (row.bio ?? []).length > 0)) continue;
    const shared = { beautician_id: beauticianId, merchant_handle: seed.merchant, years_experience: seed.years_experience, avatar: await uploadPortrait(strapi, seed) };
    let documentId = existing[0]?.documentId;
    for (const locale of LOCALES) {
      const data = { ...shared, ...localizedFields(seed, locale) };
      if (documentId) await documents.update({ documentId, locale, data } as never);
      else documentId = (await documents.create({ locale, data } as never)).documentId;
    }
    await documents.publish({ documentId: documentId!, locale: '*' } as never);
    seeded += 1;
  }
  return seeded;
}
