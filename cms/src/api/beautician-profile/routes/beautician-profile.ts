import { factories } from '@strapi/strapi';
import type { PopulateTree } from '../../../utils/populate';

/** What a public read may populate; anything else is 400 POPULATE_NOT_ALLOWED. */
export const PUBLIC_POPULATE: PopulateTree = { avatar: true, gallery: true, specialties: true, languages: true, certificates: { image: true } };

const publicRead = { middlewares: [{ name: 'global::public-read', config: { tree: PUBLIC_POPULATE } }] };

export default factories.createCoreRouter('api::beautician-profile.beautician-profile', {
  only: ['find', 'findOne'],
  config: { find: publicRead, findOne: publicRead },
});
