import { corsConfig, DEVELOPMENT_ORIGINS } from './cors';

const envOf = (values: Record<string, string>) => (name: string) => values[name];

describe('corsConfig', () => {
  it.each([
    ['listed origins, trimmed', 'https://shop.doorstep.example, https://admin.doorstep.example', ['https://shop.doorstep.example', 'https://admin.doorstep.example']],
    ['as a browser sends them: trailing slash, case, default port', 'HTTPS://Shop.Doorstep.example:443/,http://localhost:8000/', ['https://shop.doorstep.example', 'http://localhost:8000']],
    ['once each, empty entries skipped', 'http://localhost:8000,,http://localhost:8000,', ['http://localhost:8000']],
  ])('allows %s', (_case, value, expected) => {
    expect(corsConfig(envOf({ CMS_CORS_ORIGINS: value, NODE_ENV: 'production' }))).toEqual({ origin: expected, credentials: true });
  });

  it("falls back to npm start's local storefront, admin and commerce outside production", () => {
    for (const env of [{}, { NODE_ENV: 'development' }, { NODE_ENV: 'test', CMS_CORS_ORIGINS: ' ' }]) {
      expect(corsConfig(envOf(env)).origin).toEqual(DEVELOPMENT_ORIGINS);
    }
    expect(DEVELOPMENT_ORIGINS).toEqual(
      expect.arrayContaining(['http://localhost:8000', 'http://127.0.0.1:8000', 'http://localhost:7001', 'http://127.0.0.1:9000']),
    );
  });

  it('refuses to start production without the variable, naming it', () => {
    expect(() => corsConfig(envOf({ NODE_ENV: 'production' }))).toThrow(/^Missing CMS_CORS_ORIGINS \(cms refuses to start in production/);
  });

  it.each(['*', 'http://localhost:8000/storefront', 'localhost:8000', 'https://shop.example?x=1', 'https://user@shop.example', 'ftp://shop.example', 'http://[::1'])(
    'refuses %s, which is not an origin',
    (entry) => {
      expect(() => corsConfig(envOf({ CMS_CORS_ORIGINS: `http://localhost:8000,${entry}` }))).toThrow(
        `CMS_CORS_ORIGINS: "${entry}" is not an origin`,
      );
    },
  );
});
