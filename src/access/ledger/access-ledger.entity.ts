import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * 访问留痕 one request's reads of people's records, in a hash chain: the people whose same fields
 * were read for the same purpose, by one client (and member) at one time. `hash` covers this entry
 * and the previous entry's hash, so altering or removing any entry breaks every later link. Rows
 * are written only by appendLedgerEntries; a trigger rejects UPDATE and DELETE.
 */
@ObjectType('AccessLedgerEntry', {
  description: '访问留痕 access ledger entry: who read which fields of which people, when and why',
})
@Entity({ tableName: 'access_ledger' })
@Index({
  name: 'access_ledger_person_ids_idx',
  expression: 'create index access_ledger_person_ids_idx on access_ledger using gin (person_ids)',
})
export class AccessLedgerEntry {
  @Field(() => String, { description: 'position in the chain, from 1 without gaps' })
  @PrimaryKey({ type: 'bigint', autoincrement: false })
  seq!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at!: Date;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  clientId!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  clientName!: string;

  @Field(() => String, { description: '部门 department of the client' })
  @Property({ type: 'text' })
  department!: string;

  @Field(() => String, { nullable: true, description: 'the member acting through an app' })
  @Property({ type: 'text', nullable: true })
  memberId?: string;

  @Field(() => [ID], { description: 'the people read' })
  @Property({ type: 'uuid[]' })
  personIds!: string[];

  @Field(() => [String], { description: 'the fields read' })
  @Property({ type: 'text[]' })
  fields!: string[];

  @Field(() => String, { nullable: true, description: '用途 the purpose stated for a clear-text read' })
  @Property({ type: 'text', nullable: true })
  purpose?: string;

  @Field(() => String)
  @Property({ type: 'text' })
  requestId!: string;

  @Property({ type: 'text' })
  prevHash!: string;

  @Property({ type: 'text' })
  hash!: string;
}

/** The chain's head (one row): appenders lock it, so writers in every hub process take turns. */
@Entity({ tableName: 'access_ledger_head' })
export class AccessLedgerHead {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id: number = 1;

  @Property({ type: 'bigint' })
  seq!: string;

  @Property({ type: 'text' })
  hash!: string;
}
