import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { EventLinkKind } from '../shared/enums';
import { HubRecord } from '../shared/hub-record.entity';
import { HubEvent } from './hub-event.entity';

/** A link between two events: related (same parties or house) or a suggested duplicate. */
@Entity({ tableName: 'event_link' })
@Unique({ properties: ['from', 'to', 'kind'] })
export class EventLink extends HubRecord {
  @ManyToOne(() => HubEvent, { index: true })
  from!: HubEvent;

  @ManyToOne(() => HubEvent, { index: true })
  to!: HubEvent;

  @Enum({ items: () => EventLinkKind, type: 'text' })
  kind!: EventLinkKind;

  @Property({ type: 'text', nullable: true })
  reason?: string;
}
