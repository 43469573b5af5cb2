import type { Core } from '@strapi/strapi';
import { loadCmsAccounts, seedFile, type CmsAdminSeed } from '../utils/demo-data';

type PasswordCheck = (password: string, hash: string) => Promise<boolean>;

interface StoredUser {
  email: string;
  password?: string | null;
}

function demoAccounts(): CmsAdminSeed[] {
  try {
    return loadCmsAccounts();
  } catch (error) {
    // Without the demo passwords nothing can be checked: refuse rather than start unchecked.
    throw new Error(
      `Cannot check for demo passwords: ${seedFile('accounts.json')} is unreadable (${(error as Error).message}); set DOORSTEP_SEED_DIR to the folder holding the demo accounts.json.`,
    );
  }
}

/**
 * Production refuses to start while an account the demo seeds (accounts.json's
 * cms_admin and cms_editors) still has its demo password, which is published
 * with the code. Only those emails are looked up, in both of Strapi's user
 * tables, and each is checked with the table's own bcrypt comparison: a few
 * bcrypt rounds per start, however many users the cms has.
 */
export async function refuseDemoPasswords(strapi: Core.Strapi): Promise<void> {
  const demoPasswords = new Map(demoAccounts().map((account) => [account.email.toLowerCase(), account.password]));
  const adminAuth = strapi.service('admin::auth');
  const usersPermissions = strapi.plugin('users-permissions').service('user');
  const tables: Array<[uid: 'admin::user' | 'plugin::users-permissions.user', kind: string, check: PasswordCheck]> = [
    ['admin::user', 'cms admin', (password, hash) => adminAuth.validatePassword(password, hash)],
    ['plugin::users-permissions.user', 'users-permissions user', (password, hash) => usersPermissions.validatePassword(password, hash)],
  ];
  const where = { $or: [...demoPasswords.keys()].map((email) => ({ email: { $eqi: email } })) };
  const found: string[] = [];
  for (const [uid, kind, check] of tables) {
    const users: StoredUser[] = await strapi.db.query(uid).findMany({ where, select: ['email', 'password'] });
    for (const user of users) {
      const demoPassword = demoPasswords.get(user.email.toLowerCase());
      if (user.password && demoPassword && (await check(demoPassword, user.password))) found.push(`${user.email} (${kind})`);
    }
  }
  if (found.length === 0) return;
  throw new Error(
    `Refusing to start in production: ${found.join(', ')} still ${found.length === 1 ? 'has' : 'have'} the demo password from accounts.json; ` +
      'change their passwords or remove these accounts (for a cms admin: NODE_ENV=development npx strapi admin:reset-user-password --email <email> --password <new>).',
  );
}
