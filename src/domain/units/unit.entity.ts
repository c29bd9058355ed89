import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Tier, UnitKind } from '../shared/enums';
import { HubRecord } from '../shared/hub-record.entity';
import { Grid } from '../grids/grid.entity';
import { Region } from '../regions/region.entity';

/**
 * 处置单位 a unit that acts in the closed loop: a grid, a village or responsibility zone, a town's
 * governance center, the county center or a department office. Units form a tree (`parent` is the
 * tier an unresolved task goes up to) placed in the region tree by `region`.
 */
@ObjectType('Unit', {
  description: '处置单位 unit: 网格, 村/责任区, 镇综治中心, 县社会治理中心 or 部门 that receives and handles tasks',
})
@Entity({ tableName: 'unit' })
@Index({
  name: 'unit_region_code_prefix_idx',
  expression: 'create index unit_region_code_prefix_idx on unit (region_code text_pattern_ops)',
})
export class Unit extends HubRecord {
  @Field(() => ID)
  declare id: string;

  @Field(() => UnitKind)
  @Enum({ items: () => UnitKind, type: 'text' })
  kind!: UnitKind;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Tier, { description: '处置层级 the tier this unit handles tasks at' })
  @Enum({ items: () => Tier, type: 'text' })
  tier!: Tier;

  @ManyToOne(() => Region, { fieldName: 'region_code' })
  region!: Region;

  @ManyToOne(() => Grid, { nullable: true, index: true })
  grid?: Grid;

  @ManyToOne(() => Unit, { nullable: true, index: true })
  parent?: Unit;
}
