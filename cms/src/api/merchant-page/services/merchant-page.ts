import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::merchant-page.merchant-page');
