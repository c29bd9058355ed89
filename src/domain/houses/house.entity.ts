import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import { HouseUse } from '../shared/enums';
import { HubRecord } from '../shared/hub-record.entity';
import { Grid } from '../grids/grid.entity';
import { Region } from '../regions/region.entity';

/** 房屋 a house, identified by its village and normalised address. */
@ObjectType('House', {
  description: '房屋 house: an address in a village and grid, with its use',
  simpleResolvers: true,
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'house' })
@Unique({ name: 'house_region_address_key', properties: ['region', 'addressKey'] })
@Index({
  name: 'house_region_code_prefix_idx',
  expression: 'create index house_region_code_prefix_idx on house (region_code text_pattern_ops, id)',
})
export class House extends HubRecord {
  @Field(() => ID)
  declare id: string;

  @Field(() => String, { description: '地址 address as first recorded' })
  @Property({ type: 'text' })
  address!: string;

  /** The normalised address: with the region, the house's exact identity (matched in SQL only, so never read). */
  @Property({ type: 'text', lazy: true })
  addressKey!: string;

  @ManyToOne(() => Region, { fieldName: 'region_code' })
  region!: Region;

  @ManyToOne(() => Grid, { nullable: true, index: true })
  grid?: Grid;

  @Field(() => HouseUse)
  @Enum({ items: () => HouseUse, type: 'text' })
  use: HouseUse = HouseUse.UNKNOWN;

  @Field(() => Float, { nullable: true, description: 'latitude (WGS 84)' })
  @Property({ type: 'double', nullable: true })
  lat?: number;

  @Field(() => Float, { nullable: true, description: 'longitude (WGS 84)' })
  @Property({ type: 'double', nullable: true })
  lng?: number;

  /** When the observation behind the golden values was made: a newer observation wins (until survivorship rules). */
  @Property({ type: 'timestamptz', nullable: true })
  observedAt?: Date;
}
