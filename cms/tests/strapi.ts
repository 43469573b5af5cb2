import * as strapiModule from '@strapi/strapi';
import type { Core } from '@strapi/strapi';

type StrapiModule = typeof strapiModule;
type CompiledApp = Awaited<ReturnType<StrapiModule['compileStrapi']>>;

/**
 * Strapi keeps some registries at module level (the admin's permission
 * actions), so a second start in one suite fails with "Duplicated item key"
 * unless Strapi is loaded afresh for it.
 */
export function freshStrapiModule(): StrapiModule {
  jest.resetModules();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('@strapi/strapi');
}

/**
 * The env a test start needs: the demo content on, commerce's token and
 * webhook secret, webhooks to `commerceUrl` (none by default, so suites
 * never reach a commerce that happens to run on this machine), and no
 * scheduled-publishing cron (a suite runs the job itself, with its own clock).
 */
export function setTestEnv(options: { commerceUrl?: string } = {}): void {
  process.env.DOORSTEP_SEED = 'true';
  process.env.CMS_SCHEDULER ??= 'off';
  process.env.CMS_API_TOKEN ??= 'test-commerce-token-0123456789abcdef';
  process.env.CMS_WEBHOOK_SECRET ??= 'test-webhook-secret';
  process.env.COMMERCE_URL = options.commerceUrl ?? '';
}

/**
 * Boots the real cms headless on the database in DATABASE_URL, with the demo
 * content; no port is opened. A suite that starts the cms more than once
 * passes `fresh` for every start after the first, and `compiled` to compile once.
 */
export async function bootStrapi(options: { commerceUrl?: string; compiled?: CompiledApp; fresh?: boolean } = {}): Promise<Core.Strapi> {
  setTestEnv(options);
  const { compileStrapi, createStrapi } = options.fresh ? freshStrapiModule() : strapiModule;
  const app = await createStrapi(options.compiled ?? (await compileStrapi())).load();
  await app.server.mount();
  return app;
}

interface PoolStats {
  numUsed(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

/**
 * Strapi sends document events after the commit without awaiting them, each a
 * few queries in turn. A query asked of a pool being destroyed waits for the
 * 60 s acquire timeout and then fails whichever suite is running by then, so
 * wait until the pool has been idle a moment (at most 10 s) before stopping.
 */
async function settle(app: Core.Strapi): Promise<void> {
  const pool = (app.db.connection.client as { pool?: PoolStats }).pool;
  if (!pool) return;
  const busy = () => pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() > 0;
  for (let idleChecks = 0, waited = 0; idleChecks < 5 && waited < 10_000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    idleChecks = busy() ? 0 : idleChecks + 1;
  }
}

/** Also for an instance that failed to load: its cron jobs would otherwise run on against a closed pool. */
export async function stopStrapi(app: Core.Strapi): Promise<void> {
  app.cron.destroy();
  app.server.httpServer.close();
  await settle(app);
  await app.db.connection.destroy();
}
