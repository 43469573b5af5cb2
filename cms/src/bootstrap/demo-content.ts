import type { Core } from '@strapi/strapi';
import { paragraphsToBlocks } from '../utils/blocks';
import { LOCALES, loadCmsAdmin, loadCmsEditors, loadServices, type Locale, type ServiceSeed } from '../utils/demo-data';

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

/**
 * The demo admin and editors, who share the published demo password: never in
 * production, whatever DOORSTEP_SEED says. There the first admin signs up on
 * Strapi's own registration page, which the admin panel shows while none exists.
 */
export async function seedCmsAccounts(strapi: Core.Strapi): Promise<void> {
  if (process.env.NODE_ENV === 'production') {
    strapi.log.warn('DOORSTEP_SEED=true in production: demo content seeded, demo accounts not (they share a published password).');
    return;
  }
  await seedCmsAdmin(strapi);
  await seedCmsEditors(strapi);
}

/** The demo editor becomes the first super admin, if the cms has no admin yet. */
async function seedCmsAdmin(strapi: Core.Strapi): Promise<void> {
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

/**
 * One demo account per editor role (a trainer, a merchant editor of a studio
 * with its membership, a reviewer). An account that exists is left alone.
 */
async function seedCmsEditors(strapi: Core.Strapi): Promise<void> {
  const users = strapi.db.query('admin::user');
  for (const editor of loadCmsEditors()) {
    if (editor.merchant_handle) {
      const memberships = strapi.db.query('api::merchant-membership.merchant-membership');
      const where = { admin_email: editor.email, merchant_handle: editor.merchant_handle };
      if (!(await memberships.findOne({ where }))) {
        await strapi.documents('api::merchant-membership.merchant-membership').create({ data: where } as never);
      }
    }
    if (await users.findOne({ where: { email: editor.email } })) continue;
    const role = await strapi.db.query('admin::role').findOne({ where: { code: editor.role } });
    if (!role) throw new Error(`Demo editor ${editor.email} names the unknown role ${editor.role}`);
    await strapi.service('admin::user').create({
      email: editor.email,
      password: editor.password,
      firstname: editor.firstname,
      lastname: editor.lastname,
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
  }
}
