import { factories } from '@strapi/strapi';
import { paragraphsToBlocks } from '../../../utils/blocks';
import { DEFAULT_LOCALE } from '../../../utils/demo-data';
import { bioParagraphs, isOwnUpload, storedUrlCandidates, type ProfileDraftInput } from '../../../utils/profile-draft';
import { publicCache } from '../../../utils/public-cache';

const UID = 'api::beautician-profile.beautician-profile';

export interface SyncedProfile {
  documentId: string;
  beautician_id: string;
  merchant_handle: string;
  publishedAt: string | null;
}

/** Why a beautician's draft was not written. */
export class DraftRefusal extends Error {
  constructor(
    readonly status: 400 | 404,
    readonly code: 'PROFILE_NOT_FOUND' | 'UNKNOWN_PHOTO',
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

type MediaRow = { id: number; url: string; name: string };
type VersionRow = { documentId: string; locale: string; display_name: string; avatar: MediaRow | null; gallery: MediaRow[] | null };

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

  /**
   * A beautician's change to their own profile, written to the draft of one
   * locale only: the published version stays what the public sees until a
   * content reviewer publishes. Photos must be the beautician's own uploads
   * or already on their profile; otherwise nothing is written.
   */
  async writeDraftFromCommerce(beauticianId: string, input: ProfileDraftInput) {
    const documents = strapi.documents(UID);
    const versions = async (status: 'draft' | 'published') =>
      (await documents.findMany({
        filters: { beautician_id: beauticianId },
        status,
        locale: '*',
        fields: ['documentId', 'locale', 'display_name'],
        populate: { avatar: { fields: ['id', 'url', 'name'] }, gallery: { fields: ['id', 'url', 'name'] } },
      } as never)) as unknown as VersionRow[];
    const drafts = await versions('draft');
    if (drafts.length === 0) throw new DraftRefusal(404, 'PROFILE_NOT_FOUND', `No profile of beautician ${beauticianId}`);
    const onProfile = [...drafts, ...(await versions('published'))].flatMap((row) => [row.avatar, ...(row.gallery ?? [])]).filter((file): file is MediaRow => Boolean(file));

    const wanted = [...(input.avatar ? [input.avatar] : []), ...input.gallery];
    const files = wanted.length
      ? ((await strapi.db.query('plugin::upload.file').findMany({ where: { url: { $in: wanted.flatMap(storedUrlCandidates) } }, select: ['id', 'url', 'name'] })) as MediaRow[])
      : [];
    const fileFor = (url: string, field: string) => {
      const file = files.find((row) => storedUrlCandidates(url).includes(row.url));
      const allowed = file && (isOwnUpload(file.name, beauticianId) || onProfile.some((known) => known.id === file.id));
      if (!allowed) throw new DraftRefusal(400, 'UNKNOWN_PHOTO', `${url} is not a photo this beautician uploaded or has on their profile`, { field, url });
      return file.id;
    };
    const avatar = input.avatar ? fileFor(input.avatar, 'avatar') : null;
    const gallery = input.gallery.map((url) => fileFor(url, 'gallery'));

    const same = drafts.find((row) => row.locale === input.locale);
    const named = same ?? drafts.find((row) => row.locale === DEFAULT_LOCALE) ?? drafts[0];
    const written = (await documents.update({
      documentId: drafts[0].documentId,
      locale: input.locale,
      data: {
        // A locale written for the first time needs the name the other one has.
        ...(same ? {} : { display_name: named.display_name, beautician_id: beauticianId }),
        bio: paragraphsToBlocks(bioParagraphs(input.bio)),
        specialties: input.specialties.map((name) => ({ name })),
        avatar,
        gallery,
      },
    } as never)) as unknown as { documentId: string; locale: string; updatedAt: string };
    return { documentId: written.documentId, locale: written.locale, updatedAt: written.updatedAt };
  },
}));
