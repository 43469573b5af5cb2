import crypto from 'node:crypto';

/** The content types commerce hears about, by singular API name. */
export const WEBHOOK_MODELS = [
  'beautician-profile',
  'merchant-page',
  'service-content',
  'course',
  'exam',
  'article',
  'banner',
  'faq',
] as const;

export const WEBHOOK_EVENTS = ['entry.publish', 'entry.unpublish', 'entry.delete'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Fields commerce joins on, copied into `entry` when the type has them. */
const JOIN_FIELDS = ['beautician_id', 'merchant_handle', 'skill'] as const;

export interface WebhookPayload {
  event: WebhookEvent;
  model: string;
  documentId: string;
  locale: string | null;
  entry: Record<string, unknown> & { documentId: string };
}

export function webhookPayload(event: WebhookEvent, model: string, entry: Record<string, unknown>): WebhookPayload {
  const documentId = String(entry.documentId);
  const picked: WebhookPayload['entry'] = { documentId };
  for (const field of JOIN_FIELDS) if (field in entry) picked[field] = entry[field] ?? null;
  return { event, model, documentId, locale: typeof entry.locale === 'string' ? entry.locale : null, entry: picked };
}

/** `sha256=<hex HMAC-SHA256(secret, timestamp + "." + rawBody)>`. */
export function webhookSignature(secret: string, timestamp: number, rawBody: string): string {
  return `sha256=${crypto.createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;
}

export interface WebhookSenderOptions {
  url: string;
  secret: string;
  /** Delays before the 2nd, 3rd, ... attempt. */
  retryDelaysMs?: number[];
  timeoutMs?: number;
  now?: () => number;
  log?: { warn(message: string): void; error(message: string): void };
}

/**
 * Delivers signed webhooks off the request path: `send` returns at once, each
 * delivery retries with growing delays on a network error, a timeout or a 5xx
 * (and 408/429), and gives up on other 4xx (a refused signature will not mend).
 * The same event for the same entry queued twice before it leaves (a delete
 * removes the draft and the published row) is sent once.
 */
export class WebhookSender {
  private readonly pending = new Set<Promise<void>>();
  private readonly queued = new Set<string>();

  constructor(private readonly options: WebhookSenderOptions) {}

  send(payload: WebhookPayload): void {
    const key = `${payload.event}|${payload.model}|${payload.documentId}|${payload.locale}`;
    if (this.queued.has(key)) return;
    this.queued.add(key);
    const delivery = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => {
        this.queued.delete(key);
        return this.deliver(payload);
      })
      .finally(() => this.pending.delete(delivery));
    this.pending.add(delivery);
  }

  /** Resolves when every delivery started so far has succeeded or given up. */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private async deliver(payload: WebhookPayload): Promise<void> {
    const { url, secret, retryDelaysMs = [1_000, 5_000, 30_000], timeoutMs = 5_000, now = Date.now, log } = this.options;
    const body = JSON.stringify(payload);
    const what = `${payload.event} ${payload.model} ${payload.documentId}`;
    for (let attempt = 0; attempt <= retryDelaysMs.length; attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, retryDelaysMs[attempt - 1]));
      const timestamp = Math.floor(now() / 1000);
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-doorstep-timestamp': String(timestamp),
            'x-doorstep-signature': webhookSignature(secret, timestamp, body),
          },
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (response.ok) return;
        const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
        if (!retryable) {
          log?.error(`Webhook ${what} refused by ${url}: HTTP ${response.status}; not retried`);
          return;
        }
        log?.warn(`Webhook ${what} to ${url}: HTTP ${response.status} (attempt ${attempt + 1})`);
      } catch (error) {
        log?.warn(`Webhook ${what} to ${url} failed: ${(error as Error).message} (attempt ${attempt + 1})`);
      }
    }
    log?.error(`Webhook ${what} to ${url} gave up after ${retryDelaysMs.length + 1} attempts`);
  }
}
