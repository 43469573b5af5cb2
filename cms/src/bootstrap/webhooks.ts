import type { Core } from '@strapi/strapi';
import { publicCache } from '../utils/public-cache';
import { webhookSecret } from '../utils/secrets';
import { WEBHOOK_EVENTS, WEBHOOK_MODELS, WebhookSender, webhookPayload, type WebhookEvent } from '../utils/webhooks';

/**
 * Strapi emits entry events after the transaction commits; we empty the public
 * cache on every content or media change, and for the types commerce cares
 * about queue a signed `POST ${COMMERCE_URL}/hooks/cms` that never holds up the
 * editor's publish.
 */
export function startWebhooks(strapi: Core.Strapi): void {
  const commerceUrl = process.env.COMMERCE_URL;
  const sender = commerceUrl
    ? new WebhookSender({
        url: `${commerceUrl.replace(/\/+$/, '')}/hooks/cms`,
        secret: webhookSecret(),
        retryDelaysMs: (process.env.CMS_WEBHOOK_RETRY_DELAYS_MS ?? '1000,5000,30000').split(',').map(Number),
        log: strapi.log,
      })
    : null;
  if (!sender) strapi.log.info('COMMERCE_URL is unset: no webhooks are sent to commerce');
  strapi.eventHub.subscribe(async (name: string, payload?: { model?: string; entry?: Record<string, unknown> }) => {
    if (name.startsWith('entry.') || name.startsWith('media.')) publicCache.clear();
    const model = payload?.model;
    if (!sender || !model || !payload?.entry) return;
    if (!(WEBHOOK_EVENTS as readonly string[]).includes(name) || !(WEBHOOK_MODELS as readonly string[]).includes(model)) return;
    sender.send(webhookPayload(name as WebhookEvent, model, payload.entry));
  });
}
