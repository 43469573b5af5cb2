import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::merchant-page.merchant-page');
