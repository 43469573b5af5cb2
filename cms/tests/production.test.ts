import { compileStrapi, createStrapi, type Core } from '@strapi/strapi';
import { Client } from 'pg';
import request from 'supertest';
import { loadCmsAccounts, loadServices } from '../src/utils/demo-data';
import { bootStrapi, freshStrapiModule, setTestEnv, stopStrapi } from './strapi';

/**
 * The cms started as in production (NODE_ENV=production, DOORSTEP_SEED=true) on
 * a database of its own, since the other suites leave the demo accounts in
 * theirs. The tests run in order: each start finds what the one before left.
 */
const SHOP = 'https://shop.doorstep.example';
const ADMIN_APP = 'http://localhost:7001';
const FOREIGN = 'http://evil.example';
const NEW_PASSWORD = 'Changed-in-production-2026';
const SECRETS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];
const [demoAdmin, ...demoEditors] = loadCmsAccounts();
const sharedDatabaseUrl = process.env.DATABASE_URL!;
const database = `${new URL(sharedDatabaseUrl).pathname.slice(1)}_production`;

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: sharedDatabaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let compiled: Awaited<ReturnType<typeof compileStrapi>>;
let app: Core.Strapi | undefined;

beforeAll(async () => {
  await onServer(`drop database if exists "${database}" with (force)`);
  await onServer(`create database "${database}"`);
  const url = new URL(sharedDatabaseUrl);
  url.pathname = `/${database}`;
  process.env.DATABASE_URL = url.toString();
  process.env.NODE_ENV = 'production';
  process.env.CMS_CORS_ORIGINS = `${SHOP}, ${ADMIN_APP}`;
  for (const name of SECRETS) process.env[name] ??= `test-${name.toLowerCase()}`;
  compiled = await compileStrapi();
});

afterAll(async () => {
  if (app) await stopStrapi(app);
  await onServer(`drop database if exists "${database}" with (force)`);
});

const emailsIn = (emails: string[]) => ({ $or: emails.map((email) => ({ email: { $eqi: email } })) });

describe('a production start', () => {
  it('refuses to start without CMS_CORS_ORIGINS, naming it', () => {
    setTestEnv();
    delete process.env.CMS_CORS_ORIGINS;
    try {
      expect(() => createStrapi(compiled)).toThrow(/Missing CMS_CORS_ORIGINS \(cms refuses to start in production without it\)/);
    } finally {
      process.env.CMS_CORS_ORIGINS = `${SHOP}, ${ADMIN_APP}`;
    }
  });

  it("seeds the demo content but no demo account: the first admin registers on Strapi's own page", async () => {
    app = await bootStrapi({ compiled });
    const demoEmails = loadCmsAccounts().map((account) => account.email);
    expect(await app.db.query('admin::user').count({})).toBe(0);
    expect(await app.db.query('plugin::users-permissions.user').count({ where: emailsIn(demoEmails) })).toBe(0);
    expect(await app.db.query('api::merchant-membership.merchant-membership').count({})).toBe(0);
    const init = await request(app.server.httpServer).get('/admin/init');
    expect(init.body.data.hasAdmin).toBe(false);
    // Production is reached over HTTPS: browsers are told to keep to it.
    expect(init.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    const services = await request(app.server.httpServer).get('/api/service-contents?pagination[pageSize]=100');
    expect(services.body.meta.pagination.total).toBe(loadServices().length);
  });

  it('refuses to start while a demo account keeps the demo password, naming each; starts once changed or removed', async () => {
    // What a development start against this database would have left: the demo admin and editors, and
    // a users-permissions user who registered with a demo email and password.
    const superAdmin = await app!.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } });
    for (const account of [demoAdmin, ...demoEditors]) {
      const { email, password, firstname, lastname } = account;
      await app!.service('admin::user').create({ email, password, firstname, lastname, isActive: true, registrationToken: null, roles: [superAdmin.id] });
    }
    const authenticated = await app!.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
    await app!.plugin('users-permissions').service('user').add({
      username: 'demo-editor',
      email: demoAdmin.email,
      password: demoAdmin.password,
      provider: 'local',
      confirmed: true,
      role: authenticated.id,
    });
    await stopStrapi(app!);
    app = undefined;

    const refused = freshStrapiModule().createStrapi(compiled);
    const error: Error = await refused.load().then(
      () => new Error('started'),
      (reason: Error) => reason,
    );
    const named = [`${demoAdmin.email} (cms admin)`, ...demoEditors.map((editor) => `${editor.email} (cms admin)`), `${demoAdmin.email} (users-permissions user)`];
    expect(error.message).toMatch(/^Refusing to start in production: .* still have the demo password from accounts\.json; change their passwords or remove these accounts/);
    for (const account of named) expect(error.message).toContain(account);
    expect(error.message).not.toContain('\n');

    // The refused instance has its database and services loaded: change the admins' passwords as
    // `strapi admin:reset-user-password` does, remove one editor and the users-permissions user.
    const [removedEditor, ...keptEditors] = demoEditors;
    for (const account of [demoAdmin, ...keptEditors]) {
      await refused.service('admin::user').resetPasswordByEmail(account.email, NEW_PASSWORD);
    }
    const editor = await refused.db.query('admin::user').findOne({ where: { email: removedEditor.email } });
    await refused.service('admin::user').deleteById(editor.id);
    const user = await refused.db.query('plugin::users-permissions.user').findOne({ where: { email: demoAdmin.email } });
    await refused.plugin('users-permissions').service('user').remove({ id: user.id });
    await stopStrapi(refused);

    app = await bootStrapi({ compiled, fresh: true });
    expect(await app.db.query('admin::user').count({})).toBe(demoEditors.length);
  });
});

describe('CORS (production, CMS_CORS_ORIGINS set)', () => {
  const preflight = (origin: string) =>
    request(app!.server.httpServer)
      .options('/api/service-contents')
      .set('origin', origin)
      .set('access-control-request-method', 'GET')
      .set('access-control-request-headers', 'authorization');
  const get = (origin: string) => request(app!.server.httpServer).get('/api/service-contents').set('origin', origin);

  it.each([SHOP, ADMIN_APP])('grants %s exactly, with credentials, on a preflight and a GET', async (origin) => {
    const options = await preflight(origin);
    expect(options.status).toBe(204);
    expect(options.headers['access-control-allow-origin']).toBe(origin);
    expect(options.headers['access-control-allow-credentials']).toBe('true');
    expect(options.headers['access-control-allow-methods']).toContain('GET');
    const response = await get(origin);
    expect(response.status).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe(origin);
    expect(response.headers['access-control-allow-credentials']).toBe('true');
    expect(response.headers.vary).toMatch(/Origin/);
  });

  // localhost:8000 is a development default: a set CMS_CORS_ORIGINS replaces the defaults.
  it.each([FOREIGN, 'http://localhost:8000', `${SHOP}.evil.example`])('grants %s nothing', async (origin) => {
    for (const response of [await preflight(origin), await get(origin)]) {
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    }
  });

  it("leaves Strapi's admin panel working: its same-origin sign-in is not refused", async () => {
    const cms = 'http://127.0.0.1:1337';
    const login = await request(app!.server.httpServer)
      .post('/admin/login')
      .set('origin', cms)
      .send({ email: demoAdmin.email, password: NEW_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body.data.token).toEqual(expect.any(String));
    expect(login.headers['access-control-allow-origin']).toBeUndefined();
  });
});
