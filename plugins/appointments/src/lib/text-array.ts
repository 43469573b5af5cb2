/**
 * A PostgreSQL text[] literal: one bound value however many ids (knex would
 * expand a JS array into a list), quotes and backslashes escaped. Bind it as
 * `= any(?::text[])`. Shared by every plugin's plain SQL
 * (`@doorstep/appointments/lib/text-array`).
 */
export const textArray = (values: readonly string[]) => `{${values.map((v) => `"${v.replace(/["\\]/g, "\\$&")}"`).join(",")}}`
