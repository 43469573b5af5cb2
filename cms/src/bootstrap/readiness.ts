import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

const TIMEOUT_MS = 2000;

/** Why a check failed, in a word an operator can act on: never a stack, a host's password or a query. */
const reason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'unreachable';

async function checkDatabase(strapi: Core.Strapi): Promise<string | Error> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      strapi.db.connection.raw('select 1'),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error('timeout'), { code: 'timeout' })), TIMEOUT_MS);
      }),
    ]);
    return 'ok';
  } catch (error) {
    return Object.assign(new Error(reason(error)), { code: reason(error) });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `GET /_ready`: 200 `{ status: "ready", checks }` when the cms can serve (its
 * database answers), else 503 naming the failing check. Strapi's own
 * `/_health` (204) says only that the process is alive.
 */
export function registerReadiness(strapi: Core.Strapi): void {
  strapi.server.routes([
    {
      method: 'GET',
      path: '/_ready',
      handler: async (ctx: Context) => {
        const database = await checkDatabase(strapi);
        const failing = database instanceof Error ? ['database'] : [];
        ctx.set('Cache-Control', 'no-store');
        ctx.status = failing.length ? 503 : 200;
        ctx.body = {
          status: failing.length ? 'unavailable' : 'ready',
          checks: { database: database instanceof Error ? database.message : database },
          ...(failing.length ? { failing } : {}),
        };
      },
      config: { auth: false },
    },
  ]);
}
