/**
 * The back-office bench's bigger size: the demo studios with a busy season
 * of their own — `appointments` visits over the demo studios' beauticians,
 * 60 days back and 60 ahead, in every status as time would leave them, for
 * `appointments ÷ 5` customers, with the timeline, the dispatch offers and
 * the ledger entries such visits leave behind.
 *
 * Like the slot bench's city, a bulk history rather than live changes: the
 * triggers stay quiet (commerce is started afresh on it) and every row was
 * booked and last changed 8 to 30 days ago, so the background jobs find no
 * news in it — dispatch's batch offers only what starts within 72 hours
 * (no `confirmed` visit does), the ledger job looks back 7 days, the
 * notifications 72 hours.
 */
import type { Client } from "pg"
import { SetupError } from "../scripts/lib/errors"

/** Each beautician's day: six visits at most, two hours apart (30 minutes' travel, then up to 90 of service). */
const SLOT_STARTS = ["09:00", "11:00", "13:00", "15:00", "17:00", "19:00"]
const DAYS_EACH_WAY = 60

/** Every generated row's id starts with this, so that a second growth adds to the first. */
export const PREFIX = "ab"

export async function growDemo(db: Client, input: { appointments: number; zone: string }): Promise<{ appointments: number; customers: number }> {
  const { rows: [{ existing }] } = await db.query(`select count(*)::int as existing from appointment where id like 'appt_${PREFIX}_%'`)
  const adding = input.appointments - existing
  if (adding <= 0) return { appointments: existing, customers: 0 }
  const customers = Math.max(20, Math.round(input.appointments / 5))
  const { rows: [{ beauticians }] } = await db.query(`select count(*)::int as beauticians from beautician where status = 'active' and deleted_at is null`)
  const capacity = beauticians * (2 * DAYS_EACH_WAY + 1) * SLOT_STARTS.length
  if (input.appointments > capacity * 0.9) {
    throw new SetupError(`${input.appointments} appointments do not fit the demo's ${beauticians} beauticians over ±${DAYS_EACH_WAY} days (at most ${Math.floor(capacity * 0.9)}).`)
  }
  await db.query("set session_replication_role = replica")
  try {
    await db.query(
      `insert into customer (id, first_name, last_name, email, phone, has_account, created_at, updated_at)
       select 'cus_${PREFIX}_' || i, (array['小雨', '静', '敏', '丽', '婷', '芳', '娜', '霞', '晓', '琳'])[1 + i % 10],
              (array['林', '王', '李', '张', '陈', '刘', '杨', '赵', '黄', '周', '吴'])[1 + i % 11],
              'bench-customer-' || i || '@doorstep.local', '+86137' || lpad(i::text, 8, '0'), true,
              now() - interval '200 days', now() - interval '200 days'
         from generate_series(1, $1::int) i
       on conflict do nothing`,
      [customers],
    )
    // Free slots of the demo's active beauticians, shuffled; the first `adding` become visits. A slot clashing with
    // anything already on the calendar (the demo's own visits, an earlier growth) is skipped.
    await db.query("drop table if exists bench_visit")
    await db.query(
      `create temporary table bench_visit as
       with slots as (
         select b.id as beautician_id, b.home_lat, b.home_lng, b.home_district, b.skill_product_ids,
                ((date_trunc('day', now() at time zone $2) + d * interval '1 day' + s::time) at time zone $2) as starts_at
           from beautician b, generate_series(-${DAYS_EACH_WAY}, ${DAYS_EACH_WAY}) d, unnest($3::text[]) s
          where b.status = 'active' and b.deleted_at is null),
       free as (
         select * from slots t
          where not exists (
            select 1 from appointment a
             where a.beautician_id = t.beautician_id and a.deleted_at is null
               and tstzrange(a.blocked_from, a.blocked_until, '[)') && tstzrange(t.starts_at - interval '30 minutes', t.starts_at + interval '90 minutes', '[)'))
          order by random() limit $1)
       select row_number() over () + $4::int as n, f.*, v.id as variant_id, v.duration, random() as r, 1 + floor(random() * $5::int)::int as customer_n
         from free f
         cross join lateral (
           select pv.id, (pv.metadata->>'duration_minutes')::int as duration
             from product_variant pv
            where pv.product_id = any(f.skill_product_ids) and pv.deleted_at is null and (pv.metadata->>'duration_minutes')::int <= 90
            order by random() limit 1) v`,
      [adding, input.zone, SLOT_STARTS, existing, customers],
    )
    // Status as time leaves it: the past done, cancelled, missed or lapsed; today's under way; the future booked,
    // a few waiting for a beautician (never within dispatch's 72 hours), some cancelled, a few still holds.
    await db.query(`
      alter table bench_visit add column status text, add column created_at timestamptz;
      update bench_visit set status = case
          when starts_at < now() - interval '2 hours' then
            case when r < 0.72 then 'completed' when r < 0.84 then 'cancelled' when r < 0.88 then 'no_show' else 'expired' end
          when starts_at < now() then case when r < 0.5 then 'in_service' else 'arrived' end
          when starts_at < now() + interval '1 hour' then 'en_route'
          when starts_at < now() + interval '4 days' then case when r < 0.9 then 'assigned' else 'cancelled' end
          else case when r < 0.7 then 'assigned' when r < 0.85 then 'confirmed' when r < 0.97 then 'cancelled' else 'held' end
        end,
        created_at = least(starts_at, now()) - interval '8 days' - random() * interval '22 days'`)
    await db.query(`
      insert into appointment (id, status, customer_id, variant_id, beautician_id, starts_at, ends_at, blocked_from, blocked_until, travel_in_minutes,
                               address, lat, lng, price_fen, paid_fen, payment_status, cancelled_at, cancellation_fee_fen, refund_fen, check_in, service_record,
                               created_at, updated_at)
      select 'appt_${PREFIX}_' || v.n, v.status, c.id, v.variant_id, v.beautician_id, v.starts_at, v.starts_at + v.duration * interval '1 minute',
             v.starts_at - interval '30 minutes', v.starts_at + v.duration * interval '1 minute', 30,
             jsonb_build_object('line1', '基准路 ' || v.n || ' 号', 'district', coalesce(v.home_district, '黄浦区'), 'city', '上海',
                                'contact_name', c.last_name || c.first_name, 'contact_phone', c.phone),
             v.home_lat + (v.r - 0.5) * 0.04, v.home_lng + (0.5 - v.r) * 0.04, v.duration * 300,
             case when v.status in ('held', 'expired') then null else v.duration * 300 end,
             case when v.status in ('held', 'expired') then 'pending' when v.status = 'cancelled' then 'refunded' else 'paid' end,
             case when v.status = 'cancelled' then v.created_at + interval '1 day' end,
             case when v.status = 'cancelled' then 0 end,
             case when v.status = 'cancelled' then v.duration * 300 end,
             case when v.status in ('arrived', 'in_service', 'completed', 'no_show')
                  then jsonb_build_object('lat', v.home_lat, 'lng', v.home_lng, 'meters', 40, 'flagged', false, 'at', v.starts_at - interval '5 minutes') end,
             case when v.status = 'completed'
                  then jsonb_build_object('notes', '基准记录 · Bench record', 'products_used', '[]'::jsonb, 'photos_before', '[]'::jsonb, 'photos_after', '[]'::jsonb,
                                          'at', v.starts_at + v.duration * interval '1 minute') end,
             v.created_at, v.created_at + interval '1 day'
        from bench_visit v join customer c on c.id = 'cus_${PREFIX}_' || v.customer_n`)
    // The timeline each status implies, step by step.
    await db.query(`
      insert into appointment_event (id, appointment_id, from_status, status, actor, at, created_at, updated_at)
      select 'apev_${PREFIX}_' || v.n || '_' || p.i, 'appt_${PREFIX}_' || v.n, p.path[p.i - 1], p.path[p.i],
             case when p.path[p.i] in ('en_route', 'arrived', 'in_service', 'completed', 'no_show') then 'beautician:' || v.beautician_id else 'system' end,
             t.at, t.at, t.at
        from bench_visit v
        cross join lateral (
          select (case v.status
                   when 'held' then array['held'] when 'expired' then array['held', 'expired'] when 'confirmed' then array['held', 'confirmed']
                   when 'cancelled' then array['held', 'confirmed', 'cancelled'] when 'assigned' then array['held', 'confirmed', 'assigned']
                   when 'en_route' then array['held', 'confirmed', 'assigned', 'en_route']
                   when 'arrived' then array['held', 'confirmed', 'assigned', 'en_route', 'arrived']
                   when 'in_service' then array['held', 'confirmed', 'assigned', 'en_route', 'arrived', 'in_service']
                   when 'completed' then array['held', 'confirmed', 'assigned', 'en_route', 'arrived', 'in_service', 'completed']
                   when 'no_show' then array['held', 'confirmed', 'assigned', 'en_route', 'arrived', 'no_show'] end) as path) q
        cross join lateral (select q.path, i from generate_subscripts(q.path, 1) i) p
        cross join lateral (
          select case p.path[p.i]
                   when 'held' then v.created_at when 'confirmed' then v.created_at + interval '5 minutes' when 'expired' then v.created_at + interval '15 minutes'
                   when 'assigned' then v.created_at + interval '30 minutes' when 'cancelled' then v.created_at + interval '1 day'
                   when 'en_route' then v.starts_at - interval '45 minutes' when 'arrived' then v.starts_at - interval '5 minutes'
                   when 'in_service' then v.starts_at when 'completed' then v.starts_at + v.duration * interval '1 minute'
                   else v.starts_at + interval '20 minutes' end as at) t`)
    // Dispatch's offers: the one its beautician accepted, and one in five declined by a colleague first.
    await db.query(`
      insert into offer (id, appointment_id, beautician_id, status, attempt, expires_at, responded_at, decline_reason, created_at, updated_at)
      select 'ofr_${PREFIX}_' || v.n || '_a', 'appt_${PREFIX}_' || v.n, v.beautician_id, 'accepted', case when v.n % 5 = 0 then 2 else 1 end,
             v.created_at + interval '28 minutes', v.created_at + interval '30 minutes', null, v.created_at + interval '25 minutes', v.created_at + interval '30 minutes'
        from bench_visit v where v.status in ('assigned', 'en_route', 'arrived', 'in_service', 'completed', 'no_show')
      union all
      select 'ofr_${PREFIX}_' || v.n || '_d', 'appt_${PREFIX}_' || v.n, o.id, 'declined', 1,
             v.created_at + interval '13 minutes', v.created_at + interval '12 minutes', 'busy', v.created_at + interval '10 minutes', v.created_at + interval '12 minutes'
        from bench_visit v
        cross join lateral (select b.id from beautician b where b.merchant_handle = (select merchant_handle from beautician where id = v.beautician_id) and b.id <> v.beautician_id order by b.id limit 1) o
       where v.status in ('assigned', 'en_route', 'arrived', 'in_service', 'completed', 'no_show') and v.n % 5 = 0`)
    // What the ledger booked for each visit done: the platform's commission, the studio's and the beautician's shares.
    await db.query(`
      insert into ledger_entry (id, appointment_id, merchant_handle, beautician_id, account, kind, amount_fen, commission_plan, commission_tier, commission_rate_bp, created_at, updated_at)
      select 'le_${PREFIX}_' || v.n || '_' || s.account, 'appt_${PREFIX}_' || v.n, b.merchant_handle, v.beautician_id, s.account, 'service',
             round(v.duration * 300 * s.share)::int, 'standard', 1, 2000, v.starts_at + v.duration * interval '1 minute' + interval '2 minutes', v.starts_at + v.duration * interval '1 minute' + interval '2 minutes'
        from bench_visit v join beautician b on b.id = v.beautician_id
        cross join (values ('platform', 0.2), ('merchant', 0.3), ('beautician', 0.5)) s(account, share)
       where v.status = 'completed'`)
  } finally {
    await db.query("set session_replication_role = default")
  }
  // Fresh statistics, and a vacuum now rather than autovacuum's in the middle of a measurement.
  await db.query("vacuum (analyze)")
  const { rows: [{ total }] } = await db.query(`select count(*)::int as total from appointment where id like 'appt_${PREFIX}_%'`)
  return { appointments: total, customers }
}
