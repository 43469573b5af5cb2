import type { Core } from '@strapi/strapi';

/** What anyone may read without a token: published content only (Strapi's REST never shows drafts publicly). */
const PUBLIC_ACTIONS = ['api::service-content.service-content.find', 'api::service-content.service-content.findOne'];

export async function grantPublicRead(strapi: Core.Strapi): Promise<void> {
  const publicRole = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!publicRole) throw new Error('The users-permissions Public role is missing');
  for (const action of PUBLIC_ACTIONS) {
    const granted = await strapi.db
      .query('plugin::users-permissions.permission')
      .findOne({ where: { action, role: publicRole.id } });
    if (!granted) {
      await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: publicRole.id } });
    }
  }
}
