import { compileStrapi, createStrapi, type Core } from '@strapi/strapi';

/**
 * Boots the real cms headless on the database in DATABASE_URL, with the demo
 * content; no port is opened. Webhooks go to `commerceUrl` (none by default, so
 * suites never reach a commerce that happens to run on this machine).
 */
export async function bootStrapi(options: { commerceUrl?: string } = {}): Promise<Core.Strapi> {
  process.env.DOORSTEP_SEED = 'true';
  process.env.CMS_API_TOKEN ??= 'test-commerce-token-0123456789abcdef';
  process.env.CMS_WEBHOOK_SECRET ??= 'test-webhook-secret';
  process.env.COMMERCE_URL = options.commerceUrl ?? '';
  const app = await createStrapi(await compileStrapi()).load();
  await app.server.mount();
  return app;
}

export async function stopStrapi(app: Core.Strapi): Promise<void> {
  app.server.httpServer.close();
  await app.db.connection.destroy();
}
