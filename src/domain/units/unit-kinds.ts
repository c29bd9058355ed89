import { Tier, UnitKind } from '../shared/enums';

/** The tier a unit of each kind handles tasks at; a department office works at the county's tier. */
export const TIER_OF_UNIT_KIND: Readonly<Record<UnitKind, Tier>> = {
  [UnitKind.GRID]: Tier.GRID,
  [UnitKind.VILLAGE]: Tier.VILLAGE,
  [UnitKind.RESPONSIBILITY_ZONE]: Tier.VILLAGE,
  [UnitKind.TOWN_CENTER]: Tier.TOWN,
  [UnitKind.COUNTY_CENTER]: Tier.COUNTY,
  [UnitKind.DEPARTMENT_OFFICE]: Tier.COUNTY,
};

const TIER_RANK: Readonly<Record<Tier, number>> = {
  [Tier.GRID]: 0,
  [Tier.VILLAGE]: 1,
  [Tier.TOWN]: 2,
  [Tier.COUNTY]: 3,
};

export function tierRank(tier: Tier): number {
  return TIER_RANK[tier];
}

/** Centers (综治中心) review, assess, dispatch and follow up the events of their area. */
export function isCenter(kind: UnitKind): boolean {
  return kind === UnitKind.TOWN_CENTER || kind === UnitKind.COUNTY_CENTER;
}
