import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { EventKind, EventStatus, ResolutionOutcome, RiskLevel, Tier } from '../shared/enums';
import { HubRecord } from '../shared/hub-record.entity';
import { Grid } from '../grids/grid.entity';
import { House } from '../houses/house.entity';
import { Region } from '../regions/region.entity';
import { Unit } from '../units/unit.entity';
import { UnitMember } from '../units/unit-member.entity';

/**
 * 事件 a dispute, petition, incident, mediation, hazard or request. Named HubEvent because Node
 * declares a global `Event`; GraphQL publishes it as `Event`.
 */
@ObjectType('Event', {
  description: '事件 event: a dispute, petition, incident, mediation, hazard or request and its closed loop',
  simpleResolvers: true,
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'hub_event' })
@Index({
  name: 'hub_event_region_reported_idx',
  expression:
    'create index hub_event_region_reported_idx on hub_event (region_code text_pattern_ops, reported_at desc, id desc)',
})
@Index({ name: 'hub_event_reported_idx', properties: ['reportedAt', 'id'] })
@Index({ name: 'hub_event_kind_status_idx', properties: ['kind', 'status'] })
@Index({
  name: 'hub_event_town_reported_idx',
  expression: 'create index hub_event_town_reported_idx on hub_event (left(region_code, 9), reported_at)',
})
@Index({ name: 'hub_event_grid_reported_idx', properties: ['grid', 'reportedAt'] })
@Index({
  name: 'hub_event_assignee_open_idx',
  expression:
    "create index hub_event_assignee_open_idx on hub_event (assignee_unit_id, deadline, id) where status in ('DISPATCHED', 'IN_PROGRESS')",
})
@Index({
  name: 'hub_event_overdue_idx',
  expression:
    "create index hub_event_overdue_idx on hub_event (deadline) where status in ('DISPATCHED', 'IN_PROGRESS') and not supervised",
})
@Index({
  name: 'hub_event_source_idx',
  expression:
    'create unique index hub_event_source_idx on hub_event (source_topic, source_key) where source_topic is not null',
})
export class HubEvent extends HubRecord {
  @Field(() => ID)
  declare id: string;

  @Field(() => EventKind)
  @Enum({ items: () => EventKind, type: 'text' })
  kind!: EventKind;

  @Field(() => String, {
    nullable: true,
    description: '类别 category, as the reporting system names it (邻里纠纷, 土地征收…)',
  })
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

  @ManyToOne(() => Unit, { nullable: true, fieldName: 'assignee_unit_id' })
  assignee?: Unit;

  @ManyToOne(() => UnitMember, { nullable: true, fieldName: 'reporter_member_id', index: true })
  reporter?: UnitMember;

  @ManyToOne(() => HubEvent, { nullable: true })
  duplicateOf?: HubEvent;

  @Field(() => Boolean, { description: '督办 overdue and under supervision' })
  @Property({ type: 'boolean', default: false })
  supervised: boolean = false;

  @Field(() => ResolutionOutcome, { nullable: true, description: '处置结果 outcome of the handling' })
  @Enum({ items: () => ResolutionOutcome, type: 'text', nullable: true })
  outcome?: ResolutionOutcome;

  @Field(() => Int, { nullable: true, description: '满意度 satisfaction at the return visit, 1–5' })
  @Property({ type: 'smallint', nullable: true })
  satisfaction?: number;

  @Field(() => String, { nullable: true, description: '跟踪问效 evaluation when closed' })
  @Property({ type: 'text', nullable: true })
  evaluation?: string;

  @Field(() => Int, { description: 'how many times it went one tier up' })
  @Property({ type: 'smallint', default: 0 })
  escalations: number = 0;

  @Field(() => Date, { nullable: true, description: 'when the first task was dispatched' })
  @Property({ type: 'timestamptz', nullable: true })
  dispatchedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'when it was handled (处置)' })
  @Property({ type: 'timestamptz', nullable: true })
  resolvedAt?: Date;

  @Field(() => Boolean, { nullable: true, description: '按期办结 handled before the deadline' })
  @Property({ type: 'boolean', nullable: true })
  resolvedOnTime?: boolean;

  @Field(() => Date, { nullable: true, description: 'when it was closed (办结)' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date;

  @Field(() => [String], { description: 'photos of the report, as URLs' })
  get photos(): string[] {
    const photos = this.details.photos;
    return Array.isArray(photos) ? photos.filter((p): p is string => typeof p === 'string') : [];
  }

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
