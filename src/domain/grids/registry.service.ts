import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from '../../shared/ids';
import { RegionLevel } from '../shared/enums';
import type { RegistryInput, RegistryLoadResult } from './registry.inputs';
import { validateRegistry } from './registry.validation';
import { execute } from '../../db/sql';

interface UpsertCount {
  inserted: boolean;
}

function tally(rows: UpsertCount[]): { created: number; updated: number } {
  const created = rows.filter((r) => r.inserted).length;
  return { created, updated: rows.length - created };
}

/**
 * Loads the region tree and grids from a registry document, idempotently: codes are the keys, so
 * loading the same document twice changes nothing, and a changed name updates in place. Validates
 * everything first and writes in one transaction, so a bad document writes nothing.
 */
export async function loadRegistry(em: EntityManager, doc: RegistryInput): Promise<RegistryLoadResult> {
  return em.transactional(async (tx) => {
    const known: { code: string; level: RegionLevel }[] = await execute(tx, 'select code, level from region');
    const knownGrids: { code: string }[] = await execute(tx, 'select code from grid');
    validateRegistry(doc, new Map(known.map((r) => [r.code, r.level])), new Set(knownGrids.map((g) => g.code)));

    const order = { COUNTY: 0, TOWN: 1, VILLAGE: 2 };
    const regions = [...doc.regions].sort((a, b) => order[a.level] - order[b.level]);
    const regionRows: UpsertCount[] = regions.length
      ? await execute(
          tx,
          `insert into region (code, name, level, parent_code)
             select x.code, x.name, x.level, x.parent_code
               from jsonb_to_recordset(?::jsonb) as x(code text, name text, level text, parent_code text)
           on conflict (code) do update set name = excluded.name
             where region.name is distinct from excluded.name
           returning (xmax = 0) as inserted`,
          [
            JSON.stringify(
              regions.map((r) => ({
                code: r.code,
                name: r.name.trim(),
                level: r.level,
                parent_code: r.parentCode ?? null,
              })),
            ),
          ],
        )
      : [];
    const gridRows: UpsertCount[] = [];
    for (const micro of [false, true]) {
      const batch = doc.grids.filter((g) => !!g.parentCode === micro);
      if (!batch.length) continue;
      const rows: UpsertCount[] = await execute(
        tx,
        `insert into grid (id, code, name, region_code, parent_id)
           select x.id, x.code, x.name, x.village_code, p.id
             from jsonb_to_recordset(?::jsonb) as x(id uuid, code text, name text, village_code text, parent_code text)
             left join grid p on p.code = x.parent_code
         on conflict (code) do update set name = excluded.name, updated_at = now()
           where grid.name is distinct from excluded.name
         returning (xmax = 0) as inserted`,
        [
          JSON.stringify(
            batch.map((g) => ({
              id: uuidv7(),
              code: g.code,
              name: g.name.trim(),
              village_code: g.villageCode,
              parent_code: g.parentCode ?? null,
            })),
          ),
        ],
      );
      gridRows.push(...rows);
    }
    const r = tally(regionRows);
    const g = tally(gridRows);
    return { regionsCreated: r.created, regionsUpdated: r.updated, gridsCreated: g.created, gridsUpdated: g.updated };
  });
}
