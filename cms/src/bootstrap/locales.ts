import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALES } from '../utils/demo-data';

const NAMES: Record<string, string> = { 'zh-CN': 'Chinese (China) (zh-CN)', en: 'English (en)' };

/** Simplified Chinese is the default locale, English the second. */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  for (const code of LOCALES) {
    if (!(await locales.findByCode(code))) await locales.create({ code, name: NAMES[code] });
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) {
    await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
  }
}
