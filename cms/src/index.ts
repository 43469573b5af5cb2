import type { Core } from '@strapi/strapi';
import { ensureAdminRoles, guardMerchantWrites, registerOwnMerchantCondition } from './bootstrap/admin-roles';
import { ensureCommerceToken } from './bootstrap/commerce-token';
import { seedCmsAccounts, seedServiceContent } from './bootstrap/demo-content';
import { refuseDemoPasswords } from './bootstrap/demo-passwords';
import { seedCourses } from './bootstrap/demo-courses';
import { seedBeauticianProfiles } from './bootstrap/demo-profiles';
import { guardExamPublishing } from './bootstrap/exam-validation';
import { ensureLocales } from './bootstrap/locales';
import { guardPeriods } from './bootstrap/period-validation';
import { grantPublicRead } from './bootstrap/public-access';
import { registerReadiness } from './bootstrap/readiness';
import { describeScheduleFields, startScheduledPublishing, stopScheduledPublishing } from './bootstrap/scheduled-publishing';
import { startWebhooks } from './bootstrap/webhooks';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    guardExamPublishing(strapi);
    guardPeriods(strapi);
    guardMerchantWrites(strapi);
    registerReadiness(strapi);
  },

  /**
   * Locales, access (public, commerce's token, editor roles), the webhooks and scheduled publishing
   * (unless CMS_SCHEDULER=off) always; demo content (services, courses, the demo beauticians'
   * profiles) and, outside production, the demo accounts when DOORSTEP_SEED=true. Production first
   * refuses to run while a demo account still has the demo password.
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (process.env.NODE_ENV === 'production') await refuseDemoPasswords(strapi);
    await registerOwnMerchantCondition(strapi);
    await ensureLocales(strapi);
    await ensureAdminRoles(strapi);
    await grantPublicRead(strapi);
    await ensureCommerceToken(strapi);
    startWebhooks(strapi);
    await describeScheduleFields(strapi);
    if (process.env.DOORSTEP_SEED === 'true') {
      await seedServiceContent(strapi);
      await seedCourses(strapi);
      await seedBeauticianProfiles(strapi);
      await seedCmsAccounts(strapi);
    }
    startScheduledPublishing(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await stopScheduledPublishing(strapi);
  },
};
