import type { Core } from '@strapi/strapi';
import { requiredSecret } from '../src/utils/secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: { secret: requiredSecret(env, 'ADMIN_JWT_SECRET') },
  apiToken: { salt: requiredSecret(env, 'API_TOKEN_SALT') },
  transfer: { token: { salt: requiredSecret(env, 'TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: requiredSecret(env, 'ENCRYPTION_KEY') },
  flags: {
    nps: env.bool('FLAG_NPS', false),
    promoteEE: env.bool('FLAG_PROMOTE_EE', false),
    docLinks: env.bool('FLAG_DOC_LINKS', true),
  },
});

export default config;
