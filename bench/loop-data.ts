import type { Client } from 'pg';

/**
 * Bulk data for bench:loop, written by SQL alone (generate_series): a county of 20 towns × 20
 * villages × 5 grids, a unit and a grid worker per grid, a center per town, and events at a
 * fixed county rate (~8,300 a month). Growing the table to 1,000,000 adds older, closed history,
 * which is how a county's table grows: the measured month and the open tasks stay the same size.
 */
export const COUNTY = '371326000000';
export const TOWN = '371326001000';
export const MEASURED_MONTH = { from: '2030-06-01T00:00:00Z', to: '2030-07-01T00:00:00Z' };
export const NOW = '2030-12-31T00:00:00Z';
const GRIDS = 2000;

export async function createCounty(db: Client): Promise<void> {
  await db.query(`
    insert into region (code, name, level, parent_code) values ('${COUNTY}', '基准县', 'COUNTY', null);
    insert into region (code, name, level, parent_code)
      select '371326' || lpad(t::text, 3, '0') || '000', '镇' || t, 'TOWN', '${COUNTY}' from generate_series(1, 20) t;
    insert into region (code, name, level, parent_code)
      select '371326' || lpad(t::text, 3, '0') || lpad(v::text, 3, '0'), '村' || t || '-' || v, 'VILLAGE', '371326' || lpad(t::text, 3, '0') || '000'
        from generate_series(1, 20) t, generate_series(1, 20) v;
    insert into grid (id, code, name, region_code)
      select gen_random_uuid(), r.code || lpad(g::text, 3, '0'), '网格' || g, r.code from region r, generate_series(1, 5) g where r.level = 'VILLAGE';
    insert into unit (id, kind, name, tier, region_code)
      select gen_random_uuid(), 'TOWN_CENTER', '综治中心' || code, 'TOWN', code from region where level = 'TOWN';
    insert into unit (id, kind, name, tier, region_code, grid_id, parent_id)
      select gen_random_uuid(), 'GRID', g.name, 'GRID', g.region_code, g.id, c.id
        from grid g join unit c on c.kind = 'TOWN_CENTER' and c.region_code = left(g.region_code, 9) || '000';
    insert into unit_member (id, unit_id, name, role) select gen_random_uuid(), id, '网格员', 'GRID_WORKER' from unit where kind = 'GRID';
    create table bench_grid as
      select (row_number() over (order by g.code) - 1)::int as n, g.id as grid_id, g.region_code, u.id as unit_id, u.parent_id as center_id, m.id as member_id
        from grid g join unit u on u.grid_id = g.id join unit_member m on m.unit_id = u.id;
    create index on bench_grid (n);`);
}

/**
 * Inserts events numbered [first, last] of `total`, reported evenly between `from` and `to`.
 * Events of the last 30 days before NOW are open tasks (a third at the town center), older ones
 * went through the loop: 3% rejected, the rest handled with an outcome, a deadline, satisfaction.
 */
export async function insertEvents(
  db: Client,
  first: number,
  last: number,
  total: number,
  from: string,
  to: string,
): Promise<void> {
  await db.query(
    `with src as (
       select i, g.*, $4::timestamptz + (($5::timestamptz - $4::timestamptz) * ((i - 1)::float8 / $3)) as at
         from generate_series($1::int, $2::int) i join bench_grid g on g.n = (i::bigint * 7919) % ${GRIDS})
     insert into hub_event (id, kind, summary, reported_at, region_code, grid_id, status, tier, details, version, reporter_member_id,
                            assignee_unit_id, deadline, outcome, resolved_at, resolved_on_time, satisfaction, dispatched_at, closed_at)
     select gen_random_uuid(), (array['DISPUTE','PETITION','INCIDENT','HAZARD','REQUEST'])[1 + i % 5], '基准事件', at, region_code, grid_id,
            case when at > $6::timestamptz - interval '30 days' then (case when i % 2 = 0 then 'DISPATCHED' else 'IN_PROGRESS' end)
                 when i % 33 = 0 then 'REJECTED' else 'CLOSED' end,
            'GRID', '{}', 1, member_id,
            case when i % 3 = 0 then center_id else unit_id end,
            at + interval '15 days',
            case when at > $6::timestamptz - interval '30 days' or i % 33 = 0 then null
                 else (array['RESOLVED','MEDIATED','NOT_RESOLVED'])[1 + i % 3] end,
            case when at > $6::timestamptz - interval '30 days' or i % 33 = 0 or i % 3 = 2 then null else at + (i % 500) * interval '1 hour' end,
            case when at > $6::timestamptz - interval '30 days' or i % 33 = 0 or i % 3 = 2 then null else (i % 500) < 360 end,
            case when at > $6::timestamptz - interval '30 days' or i % 33 = 0 then null else 1 + i % 5 end,
            at + interval '1 day',
            case when at > $6::timestamptz - interval '30 days' or i % 33 = 0 then null else at + interval '25 days' end
       from src`,
    [first, last, total, from, to, NOW],
  );
}
