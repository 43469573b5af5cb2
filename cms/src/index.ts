import type { Core } from '@strapi/strapi';
import { seedCmsAdmin, seedServiceContent } from './bootstrap/demo-content';
import { ensureLocales } from './bootstrap/locales';
import { grantPublicRead } from './bootstrap/public-access';

export default {
  register() {},

  /** Locales and public read access always; demo content and the first admin when DOORSTEP_SEED=true. */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await grantPublicRead(strapi);
    if (process.env.DOORSTEP_SEED === 'true') {
      await seedServiceContent(strapi);
      await seedCmsAdmin(strapi);
    }
  },
};
