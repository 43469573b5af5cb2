import type { Core } from '@strapi/strapi';
import { requiredSecret } from '../src/utils/secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: { keys: requiredSecret(env, 'APP_KEYS').split(',') },
  webhooks: { populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false) },
});

export default config;
