import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { uploadProviderConfig } from './upload-config';

// Neither package ships types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const awsS3 = require('@strapi/provider-upload-aws-s3');

const envOf = (values: Record<string, string>) => (name: string) => values[name];

describe('uploadProviderConfig', () => {
  it('keeps uploads in the local folder by default', () => {
    expect(uploadProviderConfig(envOf({}))).toMatchObject({ provider: 'local', mediaOrigins: [] });
  });

  it('names every missing S3 variable, and refuses an unknown provider', () => {
    expect(() => uploadProviderConfig(envOf({ UPLOAD_PROVIDER: 's3', S3_BUCKET: 'media' }))).toThrow(
      'UPLOAD_PROVIDER=s3 needs S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY.',
    );
    expect(() => uploadProviderConfig(envOf({ UPLOAD_PROVIDER: 'ftp' }))).toThrow('UPLOAD_PROVIDER must be "local" or "s3", not "ftp".');
  });

  describe('with an S3-compatible store on loopback', () => {
    let server: { run(): Promise<AddressInfo>; close(): Promise<void> };
    let endpoint: string;
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'doorstep-s3-'));

    beforeAll(async () => {
      server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: 'doorstep-media' }] });
      const { port } = await server.run();
      endpoint = `http://127.0.0.1:${port}`;
    });

    afterAll(async () => {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    });

    it("stores a file where the env says, through Strapi's S3 provider, and serves it from the public URL", async () => {
      const config = uploadProviderConfig(
        envOf({
          UPLOAD_PROVIDER: 's3',
          S3_BUCKET: 'doorstep-media',
          S3_REGION: 'cn-east-1',
          S3_ACCESS_KEY_ID: 'S3RVER',
          S3_SECRET_ACCESS_KEY: 'S3RVER',
          S3_ENDPOINT: endpoint,
          S3_FORCE_PATH_STYLE: 'true',
          S3_PUBLIC_URL: 'https://media.doorstep.example',
          S3_ROOT_PATH: 'cms',
        }),
      );
      expect(config.provider).toBe('aws-s3');
      expect(config.mediaOrigins).toEqual(['https://media.doorstep.example', endpoint]);
      const provider = awsS3.init(config.providerOptions);
      const bytes = Buffer.from('not really a jpeg');
      const file: Record<string, unknown> = { name: 'cover.jpg', hash: 'cover_abc123', ext: '.jpg', mime: 'image/jpeg', size: 0.02, buffer: bytes };
      await provider.upload(file);
      expect(file.url).toBe('https://media.doorstep.example/cms/cover_abc123.jpg');
      const stored = await fetch(`${endpoint}/doorstep-media/cms/cover_abc123.jpg`);
      expect(stored.status).toBe(200);
      expect(Buffer.from(await stored.arrayBuffer())).toEqual(bytes);
      await provider.delete(file);
      expect((await fetch(`${endpoint}/doorstep-media/cms/cover_abc123.jpg`)).status).toBe(404);
    });
  });
});
