import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { LOCALES } from '../utils/demo-data';
import { SCHEDULE_FIELDS } from '../utils/publishing-schedule';

/**
 * The cms editor's roles, kept in code: every start makes them exist with
 * exactly these permissions (changes made in the admin panel are reset).
 *
 * A Merchant editor reaches only the content of the studios they belong to:
 * a merchant-membership entry ties an admin user's email to a studio handle
 * (super admins keep those entries), and the `api::own-merchant` condition
 * limits every read, change and delete to entries whose merchant_handle is
 * one of theirs.
 */
export const TRAINER = 'doorstep-trainer';
export const MERCHANT_EDITOR = 'doorstep-merchant-editor';
export const CONTENT_REVIEWER = 'doorstep-content-reviewer';
export const OWN_MERCHANT = 'api::own-merchant';

const MEMBERSHIP = 'api::merchant-membership.merchant-membership';
const TRAINING_TYPES = ['course', 'lesson', 'exam'];
export const MERCHANT_TYPES = ['beautician-profile', 'merchant-page', 'service-content'];
const REVIEWED_TYPES = [...MERCHANT_TYPES, ...TRAINING_TYPES, 'article', 'banner', 'faq'];

const CM = 'plugin::content-manager.explorer';
const EDIT = ['create', 'read', 'update', 'delete'];

const uid = (type: string) => `api::${type}.${type}`;

interface AdminUser {
  id: number;
  email: string;
  roles?: Array<{ code: string }>;
}

/** The studio handles an admin user belongs to. */
export async function merchantHandlesOf(strapi: Core.Strapi, user: Pick<AdminUser, 'email'>): Promise<string[]> {
  const rows = (await strapi.db.query(MEMBERSHIP).findMany({ where: { admin_email: { $eqi: user.email } }, select: ['merchant_handle'] })) as Array<{
    merchant_handle: string;
  }>;
  return [...new Set(rows.map((row) => row.merchant_handle))];
}

/** Registered in bootstrap, before Strapi finishes loading (its condition provider refuses later). */
export async function registerOwnMerchantCondition(strapi: Core.Strapi): Promise<void> {
  await strapi.service('admin::permission').conditionProvider.register({
    displayName: "Belongs to the user's studio",
    name: 'own-merchant',
    async handler(user: AdminUser) {
      return { merchant_handle: { $in: await merchantHandlesOf(strapi, user) } };
    },
  });
}

function contentPermissions(strapi: Core.Strapi, types: string[], actions: string[], conditions: string[] = [], withoutFields: readonly string[] = []) {
  const contentTypes = strapi.service('admin::content-type') as {
    getNestedFields(model: unknown, options: { components: unknown }): string[];
  };
  return types.flatMap((type) =>
    actions.map((action) => ({
      action: `${CM}.${action}`,
      subject: uid(type),
      properties: action === 'delete' || action === 'publish' ? { locales: [...LOCALES] } : {
        fields: contentTypes
          .getNestedFields(strapi.contentTypes[uid(type) as never], { components: strapi.components })
          .filter((field) => !withoutFields.includes(field)),
        locales: [...LOCALES],
      },
      conditions,
    })),
  );
}

/** Courses' figures (attempts, pass rate) that commerce records: trainers read them and cannot change them. */
const COURSE_FIGURES = 'api::course-stat.course-stat';
function readCourseFigures(strapi: Core.Strapi) {
  const contentTypes = strapi.service('admin::content-type') as { getNestedFields(model: unknown, options: { components: unknown }): string[] };
  const fields = contentTypes.getNestedFields(strapi.contentTypes[COURSE_FIGURES as never], { components: strapi.components });
  return [{ action: `${CM}.read`, subject: COURSE_FIGURES, properties: { fields }, conditions: [] }];
}

const uploadPermissions = (readConditions: string[] = []) => [
  { action: 'plugin::upload.read', conditions: readConditions },
  { action: 'plugin::upload.configure-view' },
  { action: 'plugin::upload.assets.create' },
  { action: 'plugin::upload.assets.update', conditions: readConditions },
  { action: 'plugin::upload.assets.download' },
  { action: 'plugin::upload.assets.copy-link' },
];

export async function ensureAdminRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role') as {
    findOne(where: object): Promise<{ id: number } | null>;
    create(attributes: object): Promise<{ id: number }>;
    assignPermissions(roleId: number, permissions: object[]): Promise<unknown>;
  };
  const wanted = [
    {
      code: TRAINER,
      name: 'Trainer',
      description: "Writes and publishes courses, lessons and exams, and reads their figures (attempts, pass rates); nothing else.",
      permissions: [...contentPermissions(strapi, TRAINING_TYPES, [...EDIT, 'publish']), ...readCourseFigures(strapi), ...uploadPermissions()],
    },
    {
      code: MERCHANT_EDITOR,
      name: 'Merchant editor',
      description: "Edits their own studio's beautician profiles, page and service content (merchant memberships say which studio); a reviewer publishes.",
      // Scheduling is publishing, which a reviewer does: the schedule fields are not theirs to see or set.
      permissions: [...contentPermissions(strapi, MERCHANT_TYPES, EDIT, [OWN_MERCHANT], SCHEDULE_FIELDS), ...uploadPermissions(['admin::is-creator'])],
    },
    {
      code: CONTENT_REVIEWER,
      name: 'Content reviewer',
      description: 'Reviews, corrects and publishes every public content type.',
      permissions: [...contentPermissions(strapi, REVIEWED_TYPES, ['read', 'update', 'publish']), ...uploadPermissions()],
    },
  ];
  for (const { code, name, description, permissions } of wanted) {
    const role = (await roles.findOne({ code })) ?? (await roles.create({ code, name, description }));
    await roles.assignPermissions(role.id, permissions);
  }
}

/**
 * The condition filters what a Merchant editor reads, changes and deletes; it
 * cannot see the studio an entry is being created with or moved to. A
 * document-service middleware checks that: a Merchant editor (without a
 * broader role) may only write their own studios' handle.
 */
export function guardMerchantWrites(strapi: Core.Strapi): void {
  const guarded = new Set(MERCHANT_TYPES.map(uid));
  strapi.documents.use(async (context, next) => {
    if (!guarded.has(context.uid) || !['create', 'update'].includes(context.action)) return next();
    const request = strapi.requestContext.get() as { state?: { auth?: { strategy?: { name?: string } }; user?: AdminUser } } | undefined;
    const user = request?.state?.user;
    if (request?.state?.auth?.strategy?.name !== 'admin' || !user) return next();
    const codes = (user.roles ?? []).map((role) => role.code);
    if (!codes.includes(MERCHANT_EDITOR) || codes.some((code) => code !== MERCHANT_EDITOR)) return next();
    const handle = (context.params as { data?: { merchant_handle?: unknown } }).data?.merchant_handle;
    const handles = await merchantHandlesOf(strapi, user);
    if (context.action === 'create' ? !handles.includes(handle as string) : handle !== undefined && !handles.includes(handle as string)) {
      throw new errors.ForbiddenError(`merchant_handle must be one of your studios: ${handles.join(', ') || 'none'}`);
    }
    return next();
  });
}
