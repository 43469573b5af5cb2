import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebhookSender, webhookPayload, webhookSignature } from './webhooks';

describe('webhookPayload', () => {
  it('keeps the document id, locale and the fields commerce joins on, nothing else', () => {
    const entry = { id: 7, documentId: 'doc1', locale: 'en', beautician_id: 'beau_1', merchant_handle: 'pudong-mosu', display_name: 'Wang', bio: [] };
    expect(webhookPayload('entry.publish', 'beautician-profile', entry)).toEqual({
      event: 'entry.publish',
      model: 'beautician-profile',
      documentId: 'doc1',
      locale: 'en',
      entry: { documentId: 'doc1', beautician_id: 'beau_1', merchant_handle: 'pudong-mosu' },
    });
    expect(webhookPayload('entry.delete', 'faq', { documentId: 'f1' })).toEqual({
      event: 'entry.delete',
      model: 'faq',
      documentId: 'f1',
      locale: null,
      entry: { documentId: 'f1' },
    });
  });
});

describe('webhookSignature', () => {
  it('is the hex HMAC-SHA256 of "timestamp.body", prefixed sha256=', () => {
    const expected = crypto.createHmac('sha256', 'secret').update('1700000000.{"a":1}').digest('hex');
    expect(webhookSignature('secret', 1700000000, '{"a":1}')).toBe(`sha256=${expected}`);
    expect(webhookSignature('secret', 1700000001, '{"a":1}')).not.toBe(`sha256=${expected}`);
  });
});

describe('WebhookSender', () => {
  let server: http.Server;
  let answers: number[];
  let received: string[];
  let url: string;

  beforeEach(async () => {
    answers = [];
    received = [];
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push(body);
        res.writeHead(answers.shift() ?? 200).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/cms`;
  });

  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const payload = webhookPayload('entry.publish', 'course', { documentId: 'c1', locale: 'zh-CN', skill: 'nail-art' });

  it('retries a 5xx and stops at the first success', async () => {
    answers = [503, 500];
    const sender = new WebhookSender({ url, secret: 's', retryDelaysMs: [10, 10, 10] });
    sender.send(payload);
    await sender.flush();
    expect(received).toHaveLength(3);
  });

  it('gives up on a 4xx at once and after the last retry otherwise', async () => {
    answers = [401];
    const refused = new WebhookSender({ url, secret: 's', retryDelaysMs: [10, 10] });
    refused.send(payload);
    await refused.flush();
    expect(received).toHaveLength(1);
    answers = [502, 502, 502, 502];
    received = [];
    refused.send(payload);
    await refused.flush();
    expect(received).toHaveLength(3);
  });

  it('sends the same event for the same entry once when queued twice at once', async () => {
    const sender = new WebhookSender({ url, secret: 's', retryDelaysMs: [] });
    sender.send(payload);
    sender.send(payload);
    sender.send({ ...payload, locale: 'en' });
    await sender.flush();
    expect(received.map((body) => JSON.parse(body).locale).sort()).toEqual(['en', 'zh-CN']);
  });
});
