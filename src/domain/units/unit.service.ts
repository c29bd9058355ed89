import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../graphql/errors';
import { parseDivisionCode } from '../../identity';
import { Grid } from '../grids/grid.entity';
import { Region } from '../regions/region.entity';
import { UnitKind } from '../shared/enums';
import { checkedId } from '../shared/id-argument';
import { TIER_OF_UNIT_KIND, tierRank } from './unit-kinds';
import { AddUnitMemberInput, CreateUnitInput } from './unit.inputs';
import { Unit } from './unit.entity';
import { UnitMember } from './unit-member.entity';

/**
 * Creates a unit. Rejects (BAD_USER_INPUT naming the argument) an unknown region, grid or parent,
 * and a parent that is not a higher tier — escalation must always go up. Commits one row.
 */
export async function createUnit(em: EntityManager, input: CreateUnitInput): Promise<Unit> {
  const name = input.name.trim();
  if (!name) throw badInput('input.name', 'must not be empty');
  try {
    parseDivisionCode(input.regionCode);
  } catch {
    throw badInput('input.regionCode', `"${input.regionCode}" is not a 12-digit division code (区划代码)`);
  }
  const region = await em.findOne(Region, { code: input.regionCode });
  if (!region) throw badInput('input.regionCode', `region ${input.regionCode} does not exist`);
  const grid = input.gridId ? await em.findOne(Grid, { id: checkedId(input.gridId, 'input.gridId') }) : null;
  if (input.gridId && !grid) throw badInput('input.gridId', `grid ${input.gridId} does not exist`);
  const parent = input.parentId ? await em.findOne(Unit, { id: checkedId(input.parentId, 'input.parentId') }) : null;
  if (input.parentId && !parent) throw badInput('input.parentId', `unit ${input.parentId} does not exist`);
  const tier = TIER_OF_UNIT_KIND[input.kind];
  // A department office answers to the county center (中心吹哨、部门报到), which shares its tier.
  const reportsToCenter = input.kind === UnitKind.DEPARTMENT_OFFICE && parent?.kind === UnitKind.COUNTY_CENTER;
  if (parent && !reportsToCenter && tierRank(parent.tier) <= tierRank(tier)) {
    throw badInput('input.parentId', `the parent must be a higher tier than ${tier}`);
  }
  const unit = em.create(
    Unit,
    { kind: input.kind, name, tier, region, grid: grid ?? undefined, parent: parent ?? undefined },
    { partial: true },
  );
  await em.flush();
  return unit;
}

/** Adds a member to a unit. Rejects an unknown unit or an empty name. Commits one row. */
export async function addUnitMember(em: EntityManager, input: AddUnitMemberInput): Promise<UnitMember> {
  const name = input.name.trim();
  if (!name) throw badInput('input.name', 'must not be empty');
  const unit = await em.findOne(Unit, { id: checkedId(input.unitId, 'input.unitId') });
  if (!unit) throw badInput('input.unitId', `unit ${input.unitId} does not exist`);
  const member = em.create(UnitMember, { unit, name, role: input.role }, { partial: true });
  await em.flush();
  return member;
}
