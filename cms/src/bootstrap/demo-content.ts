import type { Core } from '@strapi/strapi';
import { paragraphsToBlocks } from '../utils/blocks';
import { LOCALES, loadCmsAdmin, loadServices, type Locale, type ServiceSeed } from '../utils/demo-data';

const UID = 'api::service-content.service-content';

function localizedFields(service: ServiceSeed, locale: Locale) {
  const content = service.content[locale];
  return {
    title: service.title[locale],
    subtitle: service.subtitle[locale],
    description: paragraphsToBlocks(content.description),
    steps: content.steps,
    aftercare: content.aftercare.map((text) => ({ text })),
  };
}

/**
 * One published service-content document per demo service, in both locales.
 * Documents that exist are left alone, so an editor's changes survive a restart;
 * only a missing locale is added.
 */
export async function seedServiceContent(strapi: Core.Strapi): Promise<void> {
  const documents = strapi.documents(UID);
  for (const service of loadServices()) {
    const existing = await documents.findMany({ filters: { handle: service.handle }, status: 'draft', locale: '*' as never });
    let documentId = existing[0]?.documentId;
    const present = new Set(existing.map((entry) => entry.locale));
    for (const locale of LOCALES) {
      if (present.has(locale)) continue;
      const data = { handle: service.handle, ...localizedFields(service, locale) };
      if (documentId) {
        await documents.update({ documentId, locale, data, status: 'published' });
      } else {
        documentId = (await documents.create({ locale, data, status: 'published' })).documentId;
      }
    }
  }
}

/** The demo editor becomes the first super admin, if the cms has no admin yet. */
export async function seedCmsAdmin(strapi: Core.Strapi): Promise<void> {
  const users = strapi.service('admin::user');
  if (await users.exists()) return;
  const admin = loadCmsAdmin();
  await users.createFirstAdmin({
    email: admin.email,
    password: admin.password,
    firstname: admin.firstname,
    lastname: admin.lastname,
  });
}
