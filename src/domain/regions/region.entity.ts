import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { RegionLevel } from '../shared/enums';

/** 行政区划 an administrative region, keyed by its 12-digit statistical division code. */
@ObjectType('Region', { description: '行政区划 region: county, town (镇/街道) or village (村/社区)' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'region' })
@Index({
  name: 'region_code_prefix_idx',
  expression: 'create index region_code_prefix_idx on region (code text_pattern_ops)',
})
export class Region {
  @PrimaryKey({ type: 'string', length: 12 })
  code!: string;

  @Field(() => ID, { description: 'the division code, also the id' })
  get id(): string {
    return this.code;
  }

  @Field(() => String, { name: 'code', description: '12-digit division code (区划代码)' })
  get divisionCode(): string {
    return this.code;
  }

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => RegionLevel)
  @Enum({ items: () => RegionLevel, type: 'text' })
  level!: RegionLevel;

  @ManyToOne(() => Region, { nullable: true, fieldName: 'parent_code', index: true })
  parent?: Region;

  @Field(() => String, { nullable: true })
  get parentCode(): string | undefined {
    return this.parent?.code;
  }

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
