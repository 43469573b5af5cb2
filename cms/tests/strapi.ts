import { compileStrapi, createStrapi, type Core } from '@strapi/strapi';

/** Boots the real cms headless on the database in DATABASE_URL; no port is opened. */
export async function bootStrapi(): Promise<Core.Strapi> {
  const app = await createStrapi(await compileStrapi()).load();
  await app.server.mount();
  return app;
}

export async function stopStrapi(app: Core.Strapi): Promise<void> {
  app.server.httpServer.close();
  await app.db.connection.destroy();
}
