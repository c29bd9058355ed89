import { parseDivisionCode } from '../../identity';
import { badInput } from '../../graphql/errors';
import { RegionLevel } from '../shared/enums';
import type { RegistryInput } from './registry.inputs';

const LEVEL_ORDER: Record<RegionLevel, number> = { COUNTY: 0, TOWN: 1, VILLAGE: 2 };

/**
 * Checks a registry document before anything is written: codes well formed and consistent with
 * their level and parent, grids under villages, micro-grids under grids of the same village.
 * `known` holds the region codes and levels already in the database. The first problem is
 * reported as BAD_USER_INPUT with the path of the offending value.
 */
export function validateRegistry(doc: RegistryInput, known: Map<string, RegionLevel>, knownGrids: Set<string>): void {
  const levels = new Map(known);
  const sorted = doc.regions.map((r, i) => ({ r, i })).sort((a, b) => LEVEL_ORDER[a.r.level] - LEVEL_ORDER[b.r.level]);
  for (const { r, i } of sorted) {
    const at = `registry.regions[${i}]`;
    let parsed;
    try {
      parsed = parseDivisionCode(r.code);
    } catch {
      throw badInput(`${at}.code`, `"${r.code}" is not a 12-digit division code`);
    }
    if (parsed.level !== r.level)
      throw badInput(`${at}.level`, `code ${r.code} is a ${parsed.level} code, not ${r.level}`);
    if (!r.name.trim()) throw badInput(`${at}.name`, 'must not be blank');
    if ((r.parentCode ?? null) !== parsed.parentCode) {
      throw badInput(`${at}.parentCode`, `the parent of ${r.code} is ${parsed.parentCode ?? 'none'}`);
    }
    if (parsed.parentCode && !levels.has(parsed.parentCode)) {
      throw badInput(`${at}.parentCode`, `region ${parsed.parentCode} is neither in the document nor registered`);
    }
    levels.set(r.code, r.level);
  }
  const grids = new Map<string, string>(); // code → village
  const sortedGrids = doc.grids
    .map((g, i) => ({ g, i }))
    .sort((a, b) => Number(!!a.g.parentCode) - Number(!!b.g.parentCode));
  for (const { g, i } of sortedGrids) {
    const at = `registry.grids[${i}]`;
    if (levels.get(g.villageCode) !== RegionLevel.VILLAGE) {
      throw badInput(`${at}.villageCode`, `${g.villageCode} is not a registered village`);
    }
    if (!/^\d{13,20}$/.test(g.code) || !g.code.startsWith(g.villageCode)) {
      throw badInput(`${at}.code`, `"${g.code}" must be the village code followed by the grid number`);
    }
    if (!g.name.trim()) throw badInput(`${at}.name`, 'must not be blank');
    if (g.parentCode && !grids.has(g.parentCode) && !knownGrids.has(g.parentCode)) {
      throw badInput(`${at}.parentCode`, `grid ${g.parentCode} is neither in the document nor registered`);
    }
    if (g.parentCode && !g.code.startsWith(g.parentCode)) {
      throw badInput(`${at}.parentCode`, `micro-grid ${g.code} must extend the code of grid ${g.parentCode}`);
    }
    if (grids.has(g.code)) throw badInput(`${at}.code`, `grid ${g.code} appears twice`);
    grids.set(g.code, g.villageCode);
  }
}
