import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { PartyRole } from '../shared/enums';
import { HubRecord } from '../shared/hub-record.entity';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { HubEvent } from './hub-event.entity';

/** 当事人 a person or organisation taking part in an event, in a role. */
@ObjectType('EventParty', {
  description: '当事人 a party to an event: a person or an organisation in a role',
  simpleResolvers: true,
})
@Entity({ tableName: 'event_party' })
export class EventParty extends HubRecord {
  @ManyToOne(() => HubEvent, { index: true })
  event!: HubEvent;

  @ManyToOne(() => Person, { nullable: true, index: true })
  person?: Person;

  @ManyToOne(() => Organization, { nullable: true, index: true })
  organization?: Organization;

  @Field(() => PartyRole)
  @Enum({ items: () => PartyRole, type: 'text' })
  role!: PartyRole;

  /** Where in the source record the party was mentioned (`XFRS[0]`, `dsr[1]`…). */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  mentionPath?: string;
}
