import type { Core } from '@strapi/strapi';
import { Client } from 'pg';
import request from 'supertest';
import { bootStrapi, stopStrapi } from './strapi';

/** What operators call: liveness (Strapi's `/_health`), readiness (`/_ready`, the database), and request ids in the log. */
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

describe('request ids', () => {
  it("keeps the caller's x-request-id, answers it and writes it in the request's log line", async () => {
    const lines: string[] = [];
    const http = jest.spyOn(app.log, 'http').mockImplementation(((line: string) => lines.push(line)) as never);
    try {
      const answer = await request(app.server.httpServer).get('/_ready').set('x-request-id', 'sf-7f3a:1').expect(200);
      expect(answer.headers['x-request-id']).toBe('sf-7f3a:1');
      expect(lines).toContainEqual(expect.stringMatching(/^GET \/_ready \(\d+ ms\) 200 \[sf-7f3a:1\]$/));
    } finally {
      http.mockRestore();
    }
  });

  it('makes one when there is none or it is not well formed', async () => {
    for (const given of [undefined, 'a b', 'x'.repeat(129)]) {
      const call = request(app.server.httpServer).get('/_health');
      const answer = await (given === undefined ? call : call.set('x-request-id', given)).expect(204);
      expect(answer.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
