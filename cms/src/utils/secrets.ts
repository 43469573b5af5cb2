/** Reads one variable; Strapi's config `env` and `process.env` both fit. */
export type EnvReader = (name: string) => string | undefined;

/**
 * Secrets come from env. Outside production a missing one falls back to a fixed
 * development value so `strapi develop` works alone; production refuses to start.
 */
export function requiredSecret(env: EnvReader, name: string): string {
  const value = env(name);
  if (value) return value;
  if (env('NODE_ENV') === 'production') {
    throw new Error(`Missing required secret ${name} (cms refuses to start in production without it).`);
  }
  return `doorstep-development-${name.toLowerCase()}`;
}

const processEnv: EnvReader = (name) => process.env[name];

/** The access key commerce calls the cms with (a Strapi API token the bootstrap keeps in step). */
export const commerceApiToken = () => requiredSecret(processEnv, 'CMS_API_TOKEN');

/** The HMAC key of the webhooks the cms sends commerce. */
export const webhookSecret = () => requiredSecret(processEnv, 'CMS_WEBHOOK_SECRET');
