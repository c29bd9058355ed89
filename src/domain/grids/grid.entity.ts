import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { HubRecord } from '../shared/hub-record.entity';
import { Region } from '../regions/region.entity';

/** 网格 a grid under a village; a micro-grid (微网格) has a parent grid. */
@ObjectType('Grid', {
  description: '网格 grid: the unit under a village a grid worker is responsible for; 微网格 micro-grids have a parent',
  simpleResolvers: true,
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'grid' })
@Index({
  name: 'grid_region_code_prefix_idx',
  expression: 'create index grid_region_code_prefix_idx on grid (region_code text_pattern_ops, id)',
})
export class Grid extends HubRecord {
  @Field(() => ID)
  declare id: string;

  @Field(() => String, { description: 'grid code: the village code followed by the grid number' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @ManyToOne(() => Region, { fieldName: 'region_code' })
  village!: Region;

  @ManyToOne(() => Grid, { nullable: true, index: true })
  parent?: Grid;
}
