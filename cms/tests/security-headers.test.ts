import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { PERMISSIONS_POLICY } from '../src/middlewares/permissions-policy';
import { bootStrapi, stopStrapi } from './strapi';

/**
 * What every answer of the cms says about itself: Strapi's helmet headers with our
 * referrer policy, a Permissions-Policy, no X-Powered-By, and no HSTS outside
 * production (tests/production.test.ts checks it there).
 */
let app: Core.Strapi;

beforeAll(async () => {
  app = await bootStrapi();
});

afterAll(async () => {
  await stopStrapi(app);
});

describe('security headers', () => {
  it.each([
    ['the content API', '/api/service-contents'],
    ['the admin API', '/admin/init'],
    ['an unknown path', '/no-such-path'],
    ['a refused write', '/api/service-contents'],
  ])('are on %s, with no banner', async (what, path) => {
    const server = request(app.server.httpServer);
    const answer = what === 'a refused write' ? await server.post(path).send({}) : await server.get(path);
    expect(answer.headers['x-powered-by']).toBeUndefined();
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(answer.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(answer.headers['content-security-policy']).toContain("object-src 'none'");
    expect(answer.headers['permissions-policy']).toBe(PERMISSIONS_POLICY);
    expect(answer.headers['strict-transport-security']).toBeUndefined();
  });
});
