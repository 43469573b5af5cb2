import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::merchant-membership.merchant-membership');
