import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::service-content.service-content');
