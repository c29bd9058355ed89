import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../graphql/errors';
import { divisionCodePrefix, parseDivisionCode } from '../../identity';
import { checkedId } from '../shared/id-argument';
import { SqlCondition } from '../shared/keyset';
import { Figures, FiguresScope, WorkerFigures } from './figures.types';
import { execute } from '../../db/sql';

/**
 * The scope as one equality each index serves: a grid by (grid_id, reported_at), a village by
 * the region index, a town by the expression index on left(region_code, 9), so a town-month
 * reads only that town's month however long the history grows.
 */
function scopeCondition(scope: FiguresScope): SqlCondition {
  if (!scope.regionCode === !scope.gridId) throw badInput('scope', 'give exactly one of regionCode and gridId');
  if (scope.gridId) return { sql: 'e.grid_id = ?', params: [checkedId(scope.gridId, 'scope.gridId')] };
  try {
    parseDivisionCode(scope.regionCode!);
  } catch {
    throw badInput('scope.regionCode', `"${scope.regionCode}" is not a 12-digit division code (区划代码)`);
  }
  const prefix = divisionCodePrefix(scope.regionCode!);
  if (prefix.length === 12) return { sql: 'e.region_code = ?', params: [prefix] };
  if (prefix.length === 9) return { sql: 'left(e.region_code, 9) = ?', params: [prefix] };
  return { sql: 'e.region_code like ?', params: [`${prefix}%`] };
}

const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/**
 * 考核 computes the figures of a scope for events reported in [from, to), as of `now` (an open
 * task counts against the on-time rate once its deadline has passed). Read-only; two queries.
 */
export async function computeFigures(
  em: EntityManager,
  scope: FiguresScope,
  from: Date,
  to: Date,
  now: Date,
): Promise<Figures> {
  if (from >= to) throw badInput('to', 'must be after from');
  const where = scopeCondition(scope);
  const params = [...where.params, from.toISOString(), to.toISOString()];
  const filter = `${where.sql} and e.reported_at >= ? and e.reported_at < ?`;
  const [row]: Record<string, string | null>[] = await execute(
    em,
    `select count(*) as reported,
            count(*) filter (where e.status not in ('REJECTED', 'DUPLICATE')) as accepted,
            count(*) filter (where e.outcome in ('RESOLVED', 'MEDIATED')) as resolved,
            count(*) filter (where e.resolved_on_time) as on_time,
            count(*) filter (where e.resolved_at is not null or (e.status in ('DISPATCHED', 'IN_PROGRESS') and e.deadline < ?)) as due,
            percentile_cont(0.5) within group (order by extract(epoch from e.resolved_at - e.reported_at)) as median_seconds,
            avg(e.satisfaction)::float8 as satisfaction,
            count(e.satisfaction) as followed_up
       from hub_event e where ${filter}`,
    [now.toISOString(), ...params],
  );
  const workers: { member_id: string; reported: string; rejected: string }[] = await execute(
    em,
    `select e.reporter_member_id as member_id, count(*) as reported, count(*) filter (where e.status = 'REJECTED') as rejected
       from hub_event e where ${filter} and e.reporter_member_id is not null
      group by e.reporter_member_id order by count(*) desc, e.reporter_member_id limit 1000`,
    params,
  );
  const accepted = Number(row.accepted);
  const resolved = Number(row.resolved);
  return Object.assign(new Figures(), {
    reported: Number(row.reported),
    accepted,
    resolved,
    resolutionRate: rate(resolved, accepted),
    onTimeRate: rate(Number(row.on_time), Number(row.due)),
    medianHoursToResolve: row.median_seconds == null ? null : Number(row.median_seconds) / 3600,
    satisfaction: row.satisfaction == null ? null : Number(row.satisfaction),
    followedUp: Number(row.followed_up),
    workers: workers.map((w) => {
      const share = Number(w.rejected) / Number(w.reported);
      return Object.assign(new WorkerFigures(), {
        memberId: w.member_id,
        reported: Number(w.reported),
        rejected: Number(w.rejected),
        rejectedShare: share,
        qualityRate: 1 - share,
      });
    }),
  });
}
