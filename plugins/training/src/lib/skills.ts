import type { Sql } from "../modules/training"

/**
 * A certified skill is a product id in the beautician's `skill_product_ids`
 * (the appointments module's beautician), which availability and dispatch
 * read through the roster. Written here with SQL inside the certification's
 * own transaction, so a certification and the skill it gives change together;
 * the table's statement trigger bumps the roster version, so every commerce
 * instance reloads its roster.
 *
 * Skills granted when the studio's application was approved and skills
 * granted by certification live in the same list: a certification records
 * whether it added the product (`skill_granted`), and its expiry removes the
 * product only then — a skill the application gave stays.
 */

/** Adds the product to the beautician's skills; true when it was not there before. */
export async function grantSkill(sql: Sql, beauticianId: string, productId: string): Promise<boolean> {
  const { rows } = await sql.raw(
    `update "beautician" set "skill_product_ids" = array_append("skill_product_ids", ?::text), "updated_at" = now()
      where "id" = ? and not (?::text = any("skill_product_ids")) returning "id"`,
    [productId, beauticianId, productId],
  )
  return rows.length > 0
}

export async function revokeSkill(sql: Sql, beauticianId: string, productId: string): Promise<void> {
  await sql.raw(
    `update "beautician" set "skill_product_ids" = array_remove("skill_product_ids", ?::text), "updated_at" = now() where "id" = ? and ?::text = any("skill_product_ids")`,
    [productId, beauticianId, productId],
  )
}
