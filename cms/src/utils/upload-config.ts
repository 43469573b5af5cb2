import type { EnvReader } from './secrets';

/**
 * Where uploads go: the local folder `public/uploads` by default, or any
 * S3-compatible store (AWS S3, Aliyun OSS, Tencent COS, MinIO...) with
 * UPLOAD_PROVIDER=s3. Strapi's own image formats are made either way.
 */
export const S3_REQUIRED = ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

export interface UploadProviderConfig {
  provider: 'local' | 'aws-s3';
  providerOptions: Record<string, unknown>;
  /** Origins the admin panel must be allowed to load images and video from. */
  mediaOrigins: string[];
}

const origin = (url: string) => new URL(url).origin;

export function uploadProviderConfig(env: EnvReader): UploadProviderConfig {
  const provider = env('UPLOAD_PROVIDER') || 'local';
  if (provider === 'local') return { provider: 'local', providerOptions: { sizeLimit: 50 * 1024 * 1024 }, mediaOrigins: [] };
  if (provider !== 's3') throw new Error(`UPLOAD_PROVIDER must be "local" or "s3", not "${provider}".`);
  const missing = S3_REQUIRED.filter((name) => !env(name));
  if (missing.length > 0) throw new Error(`UPLOAD_PROVIDER=s3 needs ${missing.join(', ')}.`);
  const endpoint = env('S3_ENDPOINT');
  const publicUrl = env('S3_PUBLIC_URL');
  const acl = env('S3_ACL') ?? 'public-read';
  return {
    provider: 'aws-s3',
    providerOptions: {
      baseUrl: publicUrl,
      rootPath: env('S3_ROOT_PATH'),
      s3Options: {
        region: env('S3_REGION'),
        ...(endpoint ? { endpoint } : {}),
        forcePathStyle: env('S3_FORCE_PATH_STYLE') === 'true',
        credentials: { accessKeyId: env('S3_ACCESS_KEY_ID'), secretAccessKey: env('S3_SECRET_ACCESS_KEY') },
        // "none": buckets with ACLs turned off (S3's default since 2023, Cloudflare R2) refuse an ACL header.
        params: { Bucket: env('S3_BUCKET'), ...(acl === 'none' ? {} : { ACL: acl }) },
      },
    },
    mediaOrigins: [publicUrl, endpoint].filter((url): url is string => Boolean(url)).map(origin),
  };
}
