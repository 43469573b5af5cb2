import { factories } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '../../../utils/demo-data';
import { publicCache } from '../../../utils/public-cache';

const UID = 'api::beautician-profile.beautician-profile';

export interface SyncedProfile {
  documentId: string;
  beautician_id: string;
  merchant_handle: string;
  publishedAt: string | null;
}

export default factories.createCoreService(UID, ({ strapi }) => ({
  /**
   * The draft profile of a commerce beautician: created (zh-CN) when none exists,
   * otherwise its content is left alone and only the studio is brought in step.
   * One transaction under an advisory lock on the beautician id, so parallel
   * calls make exactly one profile.
   */
  async syncFromCommerce(input: { beauticianId: string; displayName: string; merchantHandle: string }) {
    const { beauticianId, displayName, merchantHandle } = input;
    return strapi.db.transaction(async ({ trx }) => {
      await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`beautician-profile:${beauticianId}`]);
      const rows: Array<{ documentId: string; publishedAt: string | null; merchant_handle: string | null }> = await strapi.db
        .query(UID)
        .findMany({ where: { beautician_id: beauticianId }, select: ['documentId', 'publishedAt', 'merchant_handle'] });
      if (rows.length === 0) {
        const created = await strapi.documents(UID).create({
          locale: DEFAULT_LOCALE,
          data: { display_name: displayName, beautician_id: beauticianId, merchant_handle: merchantHandle },
        } as never);
        const profile: SyncedProfile = { documentId: created.documentId, beautician_id: beauticianId, merchant_handle: merchantHandle, publishedAt: null };
        return { created: true, profile };
      }
      if (rows.some((row) => row.merchant_handle !== merchantHandle)) {
        // The studio is commerce's fact, not content: every locale and version follows it.
        await strapi.db.query(UID).updateMany({ where: { beautician_id: beauticianId }, data: { merchant_handle: merchantHandle } });
        publicCache.clear();
      }
      const publishedAt = rows.find((row) => row.publishedAt)?.publishedAt ?? null;
      const profile: SyncedProfile = { documentId: rows[0].documentId, beautician_id: beauticianId, merchant_handle: merchantHandle, publishedAt };
      return { created: false, profile };
    });
  },
}));
