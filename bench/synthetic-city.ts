import { haversineKm } from "@doorstep/booking-core"
import { DateTime } from "luxon"
import type { Client } from "pg"

/** The statuses that occupy a calendar (the no-overlap constraint's own list). */
export const ACTIVE = "('held', 'confirmed', 'assigned', 'en_route', 'arrived', 'in_service')"

export interface SyntheticCity {
  productId: string
  variantId: string
  beauticians: Array<{ id: string; lat: number; lng: number }>
}

/**
 * Beauticians spread over greater Shanghai, all performing the seeded 60-minute
 * tuina massage, every day on one of three shifts (09:00–18:00, 10:00–21:00,
 * 12:00–22:00), each with `appointmentsEach` visits over the 60 days from
 * tomorrow: one or two a day, at random half hours, one in each half of the shift.
 *
 * The visits are a city at rest, booked days ago and already taken by their
 * beautician (`assigned`): as `confirmed` (paid, nobody has taken it) every one
 * would be work for the dispatch job, which every five minutes moved and offered
 * 200 of them mid-measurement; from tomorrow, none is "running late" for the
 * late-alerts job.
 *
 * Grows the city to `beauticians`: those already generated stay (same random
 * spread, so a grown city looks like one generated at that size), the rest are
 * added. A city grows by taking on beauticians, not by packing more visits into
 * each one's day, so appointments scale with the beautician count.
 */
export async function growCity(db: Client, input: { beauticians: number; appointmentsEach: number; zone: string }): Promise<SyntheticCity> {
  const { rows: [variant] } = await db.query(`
    select v.id as variant_id, p.id as product_id from product_variant v join product p on p.id = v.product_id
     where p.handle = 'tuina-massage' and (v.metadata->>'duration_minutes')::int = 60`)
  if (!variant) throw new Error("The seed has no 60-minute tuina-massage variant for the synthetic city to book")
  const { rows: [{ existing }] } = await db.query(`select count(*)::int as existing from beautician where id like 'bea_bench_%'`)
  const from = existing + 1
  // Bulk history, not live changes: the change-log and roster triggers stay quiet (commerce starts afresh on the grown city).
  await db.query("set session_replication_role = replica")
  await db.query(
    `insert into beautician (id, handle, merchant_handle, display_name, email, phone, status, timezone, home_lat, home_lng, service_radius_km, skill_product_ids)
     select 'bea_bench_' || i, 'bench-' || i, 'bench', '基准' || i, 'bench-' || i || '@doorstep.local', '+86139' || lpad(i::text, 8, '0'),
            'active', $2, 30.95 + random() * 0.5, 121.15 + random() * 0.6, 8 + random() * 7, array[$1]
       from generate_series($3::int, $4::int) i`,
    [variant.product_id, input.zone, from, input.beauticians],
  )
  await db.query(
    `insert into working_hours (id, beautician_id, weekday, start_time, end_time)
     select 'wh_bench_' || i || '_' || d, 'bea_bench_' || i, d, (array['09:00', '10:00', '12:00'])[i % 3 + 1], (array['18:00', '21:00', '22:00'])[i % 3 + 1]
       from generate_series($1::int, $2::int) i, generate_series(1, 7) d`,
    [from, input.beauticians],
  )
  const tomorrow = DateTime.now().setZone(input.zone).startOf("day").plus({ days: 1 }).toJSDate()
  await db.query(
    `insert into appointment (id, status, customer_id, variant_id, beautician_id, starts_at, ends_at, blocked_from, blocked_until,
                              travel_in_minutes, address, lat, lng, paid_fen, created_at, updated_at)
     select 'appt_bench_' || b || '_' || k, 'assigned', 'cus_bench', $1, 'bea_bench_' || b, s, s + interval '60 minutes',
            s - interval '25 minutes', s + interval '70 minutes', 15, '{"line1": "基准测试路"}', bz.home_lat, bz.home_lng, 21800, booked, booked
       from generate_series($2::int, $3::int) b
       join beautician bz on bz.id = 'bea_bench_' || b
       cross join generate_series(0, $4::int - 1) k
       cross join lateral (select (array[9, 10, 12])[b % 3 + 1] as shift_start, (array[4.5, 5.5, 5])[b % 3 + 1] as half) shift
       cross join lateral (
         select $5::timestamptz + floor(k * 60.0 / $4) * interval '1 day'
                + (shift_start + (k % 2) * half + 0.5 + floor(random() * ((half - 2) * 2 + 1)) * 0.5) * interval '1 hour' as s,
                -- Booked (and last changed) 4 to 30 days ago: history, not news. With the column default, all of them
                -- would share one updated_at of a moment ago, and the notifications job, which pages through changes
                -- since its cursor, would re-read the same 10,000 of them every minute at full table-scan cost.
                now() - interval '4 days' - random() * interval '26 days' as booked) t`,
    [variant.variant_id, from, input.beauticians, input.appointmentsEach, tomorrow],
  )
  await db.query("set session_replication_role = default")
  // Fresh statistics for every table the hold and availability paths read, and a vacuum now rather
  // than autovacuum's: a million inserted rows trip its insert threshold, and it would fire in the
  // middle of a measurement. The vacuum also sets hint bits and the visibility map that the first
  // readers would otherwise write.
  await db.query("vacuum (analyze)")
  const { rows } = await db.query(`select id, home_lat as lat, home_lng as lng from beautician where id like 'bea_bench_%'`)
  return { productId: variant.product_id, variantId: variant.variant_id, beauticians: rows }
}

/** How many beauticians perform the service and come to `centre`. */
export async function beauticiansServing(db: Client, input: { productId: string; centre: { lat: number; lng: number } }): Promise<number> {
  const { rows } = await db.query(`select home_lat, home_lng, service_radius_km from beautician where status = 'active' and skill_product_ids @> array[$1]::text[]`, [
    input.productId,
  ])
  return rows.filter((b) => haversineKm({ lat: b.home_lat, lng: b.home_lng }, input.centre) <= b.service_radius_km).length
}

/**
 * What the availability route reads from the database on every request, as the
 * same SQL run directly: the change log and roster version that keep its memory
 * current. The lower bound for its latency.
 */
export async function sqlChangeLogRead(db: Client, since: string): Promise<string> {
  const { rows } = await db.query(
    `select (select "oid"::text from "pg_database" where "datname" = current_database()) as "database",
            pg_snapshot_xmin(pg_current_snapshot())::text as "xmin",
            (select "version"::text from "beautician_roster_version" where "id" = 1) as "roster_version",
            (select array_agg("xid"::text || ' ' || "beautician_id") from "calendar_change" where "xid" >= $1::xid8) as "changed"`,
    [since],
  )
  return rows[0].xmin
}

/** What reading calendars costs without memory: time off and bookings of a batch of beauticians, as the route would ask. */
export async function sqlCalendarBatch(db: Client, input: { beauticianIds: string[]; from: Date; until: Date }): Promise<void> {
  await db.query(
    `select 'visit' as "kind", "beautician_id", "id", "status", "expires_at", "starts_at", "ends_at", "blocked_from", "blocked_until", "travel_in_minutes", "lat", "lng"
       from "appointment"
      where "beautician_id" = any($1) and tstzrange("blocked_from", "blocked_until", '[)') && tstzrange($2, $3, '[)')
        and "status" in ('held', 'confirmed', 'assigned', 'en_route', 'arrived', 'in_service') and "deleted_at" is null
     union all
     select 'time_off', "beautician_id", "id", null, null, "starts_at", "ends_at", null, null, null, null, null
       from "time_off" where "beautician_id" = any($1) and "starts_at" < $3 and "ends_at" > $2 and "deleted_at" is null`,
    [input.beauticianIds, input.from, input.until],
  )
}

/**
 * Starts a customer could really book: random beauticians on random days two to
 * twelve days ahead, each at a time in their shift with nothing booked from 90
 * minutes before to 150 minutes after (room for any travel and buffers).
 */
export async function freeStarts(db: Client, input: { count: number; zone: string }): Promise<Array<{ beauticianId: string; lat: number; lng: number; start: string }>> {
  const today = DateTime.now().setZone(input.zone).startOf("day").toJSDate()
  const { rows } = await db.query(
    `with picks as (
       select b.id, b.home_lat, b.home_lng, d, (array[9, 10, 12])[substring(b.id from 'bea_bench_([0-9]+)')::int % 3 + 1] as shift_start
         from beautician b, generate_series(2, 12) d
        where b.id like 'bea_bench_%'
        order by random() limit $2)
     select * from (
     select distinct on (p.id, p.d) p.id, p.home_lat as lat, p.home_lng as lng, g.s as start
       from picks p
       cross join lateral (
         select $1::timestamptz + p.d * interval '1 day' + (p.shift_start + 1) * interval '1 hour' + k * interval '30 minutes' as s
           from generate_series(0, 13) k) g
      where not exists (
        select 1 from appointment a
         where a.beautician_id = p.id and a.status in ${ACTIVE} and a.deleted_at is null
           and tstzrange(a.blocked_from, a.blocked_until, '[)') && tstzrange(g.s - interval '90 minutes', g.s + interval '150 minutes', '[)'))
      order by p.id, p.d, random()) free
     -- Shuffled: in id order, 16 concurrent holds would queue on one beautician's calendar lock.
     order by random()`,
    [today, input.count],
  )
  return rows.map((r) => ({ beauticianId: r.id, lat: r.lat, lng: r.lng, start: new Date(r.start).toISOString() }))
}
