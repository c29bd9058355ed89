import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { EventKind, EventStatus, RiskLevel, Tier } from '../shared/enums';
import { HubRecord } from '../shared/hub-record.entity';
import { Grid } from '../grids/grid.entity';
import { House } from '../houses/house.entity';
import { Region } from '../regions/region.entity';

/**
 * 事件 a dispute, petition, incident, mediation, hazard or request. Named HubEvent because Node
 * declares a global `Event`; GraphQL publishes it as `Event`.
 */
@ObjectType('Event', { description: '事件 event: a dispute, petition, incident, mediation, hazard or request and its closed loop' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'hub_event' })
@Index({ name: 'hub_event_region_reported_idx', expression: 'create index hub_event_region_reported_idx on hub_event (region_code text_pattern_ops, reported_at desc, id desc)' })
@Index({ name: 'hub_event_reported_idx', properties: ['reportedAt', 'id'] })
@Index({ name: 'hub_event_kind_status_idx', properties: ['kind', 'status'] })
@Index({ name: 'hub_event_source_idx', expression: 'create unique index hub_event_source_idx on hub_event (source_topic, source_key) where source_topic is not null' })
export class HubEvent extends HubRecord {
  @Field(() => ID)
  declare id: string;

  @Field(() => EventKind)
  @Enum({ items: () => EventKind, type: 'text' })
  kind!: EventKind;

  @Field(() => String, { nullable: true, description: '类别 category, as the reporting system names it (邻里纠纷, 土地征收…)' })
  @Property({ type: 'text', nullable: true })
  category?: string;

  @Field(() => String, { description: '摘要 summary' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => Date, { nullable: true, description: 'when it happened' })
  @Property({ type: 'timestamptz', nullable: true })
  occurredAt?: Date;

  @Field(() => Date, { description: 'when it was reported or registered' })
  @Property({ type: 'timestamptz' })
  reportedAt!: Date;

  @ManyToOne(() => Region, { nullable: true, fieldName: 'region_code' })
  region?: Region;

  @ManyToOne(() => Grid, { nullable: true, index: true })
  grid?: Grid;

  @ManyToOne(() => House, { nullable: true, index: true })
  house?: House;

  @Field(() => EventStatus)
  @Enum({ items: () => EventStatus, type: 'text' })
  status: EventStatus = EventStatus.REPORTED;

  @Field(() => RiskLevel, { nullable: true })
  @Enum({ items: () => RiskLevel, type: 'text', nullable: true })
  riskLevel?: RiskLevel;

  @Field(() => Tier)
  @Enum({ items: () => Tier, type: 'text' })
  tier: Tier = Tier.GRID;

  @Field(() => Date, { nullable: true, description: '限期 deadline of the current task' })
  @Property({ type: 'timestamptz', nullable: true })
  deadline?: Date;

  /** What a department system says beyond the common fields (form, flags, outcome…), kept as is. */
  @Property({ type: 'jsonb', default: '{}' })
  details: Record<string, unknown> = {};

  /** The feed record this event came from; null for events reported in the hub. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  sourceTopic?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  sourceKey?: string;

  @Field(() => Int, { description: 'optimistic-lock version; mutations that change the loop compare it' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
