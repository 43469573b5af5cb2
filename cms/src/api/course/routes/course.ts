import { factories } from '@strapi/strapi';
import type { PopulateTree } from '../../../utils/populate';

/** What a public read may populate; anything else is 400 POPULATE_NOT_ALLOWED. */
export const PUBLIC_POPULATE: PopulateTree = { cover: true, lessons: { attachments: true }, exam: true };

const publicRead = { middlewares: [{ name: 'global::public-read', config: { tree: PUBLIC_POPULATE } }] };

export default factories.createCoreRouter('api::course.course', {
  only: ['find', 'findOne'],
  config: { find: publicRead, findOne: publicRead },
});
