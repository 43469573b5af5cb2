import type { Core } from '@strapi/strapi';
import { corsConfig } from '../src/utils/cors';
import { uploadProviderConfig } from '../src/utils/upload-config';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => {
  // The admin panel shows uploads from the S3 store's public URL when there is one.
  const mediaOrigins = uploadProviderConfig(env).mediaOrigins;
  return [
    // Strapi's request log line with the request's x-request-id (src/middlewares/request-log.ts).
    'global::request-log',
    'strapi::errors',
    {
      name: 'strapi::security',
      config: {
        contentSecurityPolicy: {
          useDefaults: true,
          directives: {
            'connect-src': ["'self'", 'https:'],
            'img-src': ["'self'", 'data:', 'blob:', 'https://market-assets.strapi.io', ...mediaOrigins],
            'media-src': ["'self'", 'data:', 'blob:', ...mediaOrigins],
            upgradeInsecureRequests: null,
          },
        },
      },
    },
    // Only the storefront, admin and commerce: Strapi's default grants every origin, with credentials.
    { name: 'strapi::cors', config: corsConfig(env) },
    'strapi::poweredBy',
    'strapi::query',
    'strapi::body',
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
    'global::public-cache',
  ];
};

export default config;
