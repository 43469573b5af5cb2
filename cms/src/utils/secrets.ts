import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

/**
 * Secrets come from env. Outside production a missing one falls back to a fixed
 * development value so `strapi develop` works alone; production refuses to start.
 */
export function requiredSecret(env: Env, name: string): string {
  const value = env(name);
  if (value) return value;
  if (env('NODE_ENV') === 'production') {
    throw new Error(`Missing required secret ${name} (cms refuses to start in production without it).`);
  }
  return `doorstep-development-${name.toLowerCase()}`;
}
