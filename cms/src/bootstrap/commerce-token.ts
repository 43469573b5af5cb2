import type { Core } from '@strapi/strapi';
import { PUBLIC_READ_ACTIONS } from './public-access';
import { commerceApiToken } from '../utils/secrets';

export const COMMERCE_TOKEN_NAME = 'doorstep-commerce';

/** What commerce may do: keep draft profiles (and write beauticians' own changes to them), read answer keys, record courses' figures, store beauticians' service-record photos, read what the public reads. */
export const COMMERCE_TOKEN_ACTIONS = [
  'api::beautician-profile.beautician-profile.sync',
  'api::beautician-profile.beautician-profile.writeDraft',
  'api::exam.exam.gradingKey',
  'api::course-stat.course-stat.record',
  'plugin::upload.content-api.upload',
  'plugin::upload.content-api.findOne',
  ...PUBLIC_READ_ACTIONS,
];

interface StoredToken {
  id: number;
  accessKey: string;
  type: string;
  permissions?: Array<{ id: number; action: string }>;
}

/**
 * A custom Strapi API token whose access key is CMS_API_TOKEN, so commerce
 * sends a plain `Authorization: Bearer <CMS_API_TOKEN>`. Strapi keeps only the
 * salted hash (its own api-token service's `hash`); run on every start, it
 * creates the token once and afterwards only mends the key, type or actions.
 */
export async function ensureCommerceToken(strapi: Core.Strapi): Promise<void> {
  const tokens = strapi.service('admin::api-token-content-api') as {
    hash(key: string): string;
    create(attributes: Record<string, unknown>): Promise<{ id: number }>;
  };
  const encryption = strapi.service('admin::encryption') as { encrypt(value: string): string };
  const query = strapi.db.query('admin::api-token');
  const accessKey = commerceApiToken();
  let token = (await query.findOne({ where: { name: COMMERCE_TOKEN_NAME }, populate: ['permissions'] })) as StoredToken | null;
  if (!token) {
    const { id } = await tokens.create({
      name: COMMERCE_TOKEN_NAME,
      description: 'Commerce (Medusa): draft profiles, exam grading keys, content reads. Its key is CMS_API_TOKEN.',
      type: 'custom',
      lifespan: null,
      permissions: COMMERCE_TOKEN_ACTIONS,
    });
    token = (await query.findOne({ where: { id }, populate: ['permissions'] })) as StoredToken;
  }
  const hashed = tokens.hash(accessKey);
  if (token.accessKey !== hashed || token.type !== 'custom') {
    await query.update({ where: { id: token.id }, data: { accessKey: hashed, encryptedKey: encryption.encrypt(accessKey), type: 'custom' } });
  }
  const permissions = strapi.db.query('admin::api-token-permission');
  const present = token.permissions ?? [];
  for (const action of COMMERCE_TOKEN_ACTIONS) {
    if (!present.some((permission) => permission.action === action)) {
      await permissions.create({ data: { action, token: token.id } });
    }
  }
  const extra = present.filter((permission) => !COMMERCE_TOKEN_ACTIONS.includes(permission.action));
  if (extra.length > 0) await permissions.deleteMany({ where: { id: { $in: extra.map((permission) => permission.id) } } });
}
