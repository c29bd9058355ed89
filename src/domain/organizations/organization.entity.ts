import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { OrganizationKind, OrganizationState } from '../shared/enums';
import { HubRecord } from '../shared/hub-record.entity';
import { House } from '../houses/house.entity';
import { Person } from '../people/person.entity';
import { Region } from '../regions/region.entity';

/** 组织 an organisation, identified by its unified social credit code. */
@ObjectType('Organization', {
  description: '组织 organisation, identified by its 统一社会信用代码',
  simpleResolvers: true,
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'organization' })
@Index({
  name: 'organization_region_code_prefix_idx',
  expression: 'create index organization_region_code_prefix_idx on organization (region_code text_pattern_ops, id)',
})
export class Organization extends HubRecord {
  @Field(() => ID)
  declare id: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码 unified social credit code' })
  @Property({ type: 'text', nullable: true, unique: true })
  creditCode?: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => OrganizationKind)
  @Enum({ items: () => OrganizationKind, type: 'text' })
  kind: OrganizationKind = OrganizationKind.OTHER;

  @ManyToOne(() => Person, { nullable: true, index: true })
  legalRepresentative?: Person;

  @Field(() => String, { nullable: true, description: '住所 registered address' })
  @Property({ type: 'text', nullable: true })
  address?: string;

  @ManyToOne(() => House, { nullable: true, index: true })
  house?: House;

  @ManyToOne(() => Region, { nullable: true, fieldName: 'region_code' })
  region?: Region;

  @Field(() => OrganizationState)
  @Enum({ items: () => OrganizationState, type: 'text' })
  state: OrganizationState = OrganizationState.ACTIVE;

  @Field(() => String, { nullable: true, description: '登记日期 registered on' })
  @Property({ type: 'date', nullable: true })
  registeredOn?: string;

  /** When the observation behind the golden values was made: a newer observation wins (until survivorship rules). */
  @Property({ type: 'timestamptz', nullable: true })
  observedAt?: Date;
}
