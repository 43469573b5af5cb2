import type { Core } from '@strapi/strapi';

/** The content types anyone may read, published entries only (Strapi's REST never shows drafts publicly). */
export const PUBLIC_TYPES = [
  'beautician-profile',
  'merchant-page',
  'service-content',
  'course',
  'lesson',
  'exam',
  'article',
  'banner',
  'faq',
] as const;

export const PUBLIC_READ_ACTIONS = PUBLIC_TYPES.flatMap((type) => [`api::${type}.${type}.find`, `api::${type}.${type}.findOne`]);

/**
 * The Public role and the Authenticated role (signed-in users-permissions
 * users) read the same; neither gets anything else, and nothing they get
 * carries an exam's answers.
 */
export async function grantPublicRead(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.db.query('plugin::users-permissions.role');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const type of ['public', 'authenticated']) {
    const role = await roles.findOne({ where: { type } });
    if (!role) throw new Error(`The users-permissions ${type} role is missing`);
    for (const action of PUBLIC_READ_ACTIONS) {
      if (!(await permissions.findOne({ where: { action, role: role.id } }))) {
        await permissions.create({ data: { action, role: role.id } });
      }
    }
  }
}
