import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { HubRecord } from '../domain/shared/hub-record.entity';
import { AccessRole, ClientKind, Department } from './access.enums';

/** 接入方 a department system or app allowed to read the hub, with its roles, scope and limits. */
@ObjectType('AccessClient', {
  description: '接入方 client: a department system or app, its roles, region scope and limits',
})
@Entity({ tableName: 'access_client' })
export class AccessClient extends HubRecord {
  @Field(() => ID)
  declare id: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Department)
  @Enum({ items: () => Department, type: 'text' })
  department!: Department;

  @Field(() => ClientKind)
  @Enum({ items: () => ClientKind, type: 'text' })
  kind: ClientKind = ClientKind.SYSTEM;

  @Field(() => [AccessRole])
  @Enum({ items: () => AccessRole, type: 'text', array: true })
  roles: AccessRole[] = [];

  @Field(() => String, { nullable: true, description: '区划 the region subtree it may read; empty for the whole hub' })
  @Property({ type: 'text', nullable: true })
  regionCode?: string;

  @Field(() => ID, { nullable: true, description: '网格 for a grid worker: the grid it may read' })
  @Property({ type: 'uuid', nullable: true })
  gridId?: string;

  @Field(() => String, { nullable: true, description: 'for an app: the member acting through it' })
  @Property({ type: 'text', nullable: true })
  memberId?: string;

  /** SHA-256 of the API key; the key itself is shown once and never stored. */
  @Property({ type: 'text', nullable: true, unique: true })
  apiKeyHash?: string;

  @Field(() => Int, { nullable: true, description: 'requests per minute; empty: the hub default' })
  @Property({ type: 'integer', nullable: true })
  rateLimitPerMinute?: number;

  @Field(() => Int, { nullable: true, description: 'query depth limit; empty: the hub default' })
  @Property({ type: 'integer', nullable: true })
  maxDepth?: number;

  @Field(() => Int, { nullable: true, description: 'query cost limit; empty: the hub default' })
  @Property({ type: 'integer', nullable: true })
  maxCost?: number;

  @Field(() => Int, { nullable: true, description: 'page size limit (caps bulk exports); empty: the hub default' })
  @Property({ type: 'integer', nullable: true })
  maxPageSize?: number;

  @Field(() => Date, { nullable: true, description: '吊销 when it was revoked; its tokens and key stop working' })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date;

  @Field(() => Date)
  declare createdAt: Date;
}
