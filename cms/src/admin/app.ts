import type { StrapiApp } from '@strapi/strapi/admin';

/** Strapi's own key for the admin panel's language (set by the profile page's language picker). */
const ADMIN_LANGUAGE_KEY = 'strapi-admin-language';

/**
 * The admin panel speaks Simplified Chinese to editors; English stays
 * selectable in each user's profile (Strapi always offers it).
 */
export default {
  config: {
    locales: ['zh-Hans'],
  },
  register(_app: StrapiApp) {
    // Strapi starts in English unless a language was stored; registering runs before the first render.
    if (!window.localStorage.getItem(ADMIN_LANGUAGE_KEY)) window.localStorage.setItem(ADMIN_LANGUAGE_KEY, 'zh-Hans');
  },
};
