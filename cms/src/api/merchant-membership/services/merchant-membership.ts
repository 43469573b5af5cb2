import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::merchant-membership.merchant-membership');
