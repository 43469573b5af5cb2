import type { Core } from '@strapi/strapi';
import { Client } from 'pg';
import request from 'supertest';
import { bootStrapi, stopStrapi } from './strapi';

/** What operators call: liveness (Strapi's `/_health`) and readiness (`/_ready`, the database). */
let app: Core.Strapi;

beforeAll(async () => {
  app = await bootStrapi();
});

afterAll(async () => {
  await stopStrapi(app);
});

describe('health and readiness', () => {
  it('is alive on /_health', async () => {
    await request(app.server.httpServer).get('/_health').expect(204);
  });

  it('is ready on /_ready while its database answers', async () => {
    const answer = await request(app.server.httpServer).get('/_ready').expect(200);
    expect(answer.body).toEqual({ status: 'ready', checks: { database: 'ok' } });
    expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('answers 503 naming the database when it refuses connections, without the error text', async () => {
    const url = new URL(process.env.DATABASE_URL!);
    const database = url.pathname.slice(1);
    url.pathname = '/postgres';
    const admin = new Client({ connectionString: url.toString() });
    await admin.connect();
    try {
      await admin.query(`alter database "${database}" allow_connections false`);
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]);
      const answer = await request(app.server.httpServer).get('/_ready').expect(503);
      expect(answer.body).toMatchObject({ status: 'unavailable', failing: ['database'] });
      expect(answer.body.checks.database).toMatch(/^[\w-]{1,40}$/);
      expect(answer.body.checks.database).not.toBe('ok');
      expect(answer.text).not.toMatch(/postgres:|password|\bat /);
    } finally {
      await admin.query(`alter database "${database}" allow_connections true`);
      await admin.end();
    }
    await request(app.server.httpServer).get('/_ready').expect(200);
  });
});
