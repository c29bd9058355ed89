import { createByIdLoader, createChildrenLoader, LoaderSettings } from '../shared/loaders';
import { createChildConnectionLoader } from '../shared/child-connection';
import { HubEvent } from '../events/hub-event.entity';
import { Person } from './person.entity';
import { PersonTag } from './person-tag.entity';

export function createPersonLoaders(settings: LoaderSettings) {
  return {
    person: createByIdLoader(settings, Person),
    tagsByPerson: createChildrenLoader(settings, PersonTag, 'person'),
    eventsOfPerson: createChildConnectionLoader(settings, {
      entity: HubEvent,
      kind: 'Event',
      order: 'REPORTED_DESC',
      table: 'hub_event',
      parentCondition: 'c.id in (select ep.event_id from event_party ep where ep.person_id = p.parent_id)',
    }),
  };
}
