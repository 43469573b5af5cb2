import { factories } from '@strapi/strapi';
import type { Context } from 'koa';
import { sendError } from '../../../utils/http-error';
import { checkProfileDraft } from '../../../utils/profile-draft';
import { DraftRefusal } from '../services/beautician-profile';

const UID = 'api::beautician-profile.beautician-profile';
const BEAUTICIAN_ID = /^[A-Za-z0-9_-]{1,64}$/;
const HANDLE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export default factories.createCoreController(UID, ({ strapi }) => ({
  /** `PUT /api/beautician-profiles/sync/:beauticianId { data: { display_name, merchant_handle } }`. */
  async sync(ctx: Context) {
    const { beauticianId } = ctx.params;
    if (!BEAUTICIAN_ID.test(beauticianId)) {
      return sendError(ctx, 400, 'INVALID_BEAUTICIAN_ID', 'beauticianId must be 1–64 letters, digits, "_" or "-"', { field: 'beauticianId' });
    }
    const data = (ctx.request as unknown as { body?: { data?: unknown } }).body?.data as Record<string, unknown> | undefined;
    const displayName = typeof data?.display_name === 'string' ? data.display_name.trim() : '';
    if (displayName.length < 1 || displayName.length > 60) {
      return sendError(ctx, 400, 'INVALID_INPUT', 'data.display_name must be a string of 1–60 characters', { field: 'display_name' });
    }
    const merchantHandle = data?.merchant_handle;
    if (typeof merchantHandle !== 'string' || !HANDLE.test(merchantHandle)) {
      return sendError(ctx, 400, 'INVALID_INPUT', 'data.merchant_handle must be a studio handle (lower-case letters, digits and "-")', {
        field: 'merchant_handle',
      });
    }
    const extra = Object.keys(data ?? {}).filter((key) => key !== 'display_name' && key !== 'merchant_handle');
    if (extra.length > 0) {
      return sendError(ctx, 400, 'INVALID_INPUT', `Unknown field ${extra.join(', ')}`, { field: extra[0] });
    }
    const { created, profile } = await strapi
      .service(UID)
      .syncFromCommerce({ beauticianId, displayName, merchantHandle });
    ctx.body = { data: profile, meta: { created } };
  },

  /**
   * `PUT /api/beautician-profiles/draft/:beauticianId?locale=zh-CN|en { data: { bio, specialties, avatar, gallery } }`:
   * the beautician's own change, as a draft for the content reviewer (never published here).
   */
  async writeDraft(ctx: Context) {
    const { beauticianId } = ctx.params;
    if (!BEAUTICIAN_ID.test(beauticianId)) {
      return sendError(ctx, 400, 'INVALID_BEAUTICIAN_ID', 'beauticianId must be 1–64 letters, digits, "_" or "-"', { field: 'beauticianId' });
    }
    const body = (ctx.request as unknown as { body?: { data?: unknown } }).body;
    const checked = checkProfileDraft(ctx.query.locale, body?.data);
    if (!checked.ok) return sendError(ctx, 400, checked.code, checked.message, { field: checked.field });
    try {
      ctx.body = { data: await strapi.service(UID).writeDraftFromCommerce(beauticianId, checked.input) };
    } catch (error) {
      if (!(error instanceof DraftRefusal)) throw error;
      return sendError(ctx, error.status, error.code, error.message, error.details);
    }
  },
}));
