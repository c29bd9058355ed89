import { createByIdLoader, createChildrenLoader, LoaderSettings } from '../shared/loaders';
import { createChildConnectionLoader } from '../shared/child-connection';
import { HubEvent } from '../events/hub-event.entity';
import { Person } from './person.entity';
import { PersonTag } from './person-tag.entity';

export function createPersonLoaders(settings: LoaderSettings) {
  return {
    person: createByIdLoader(settings, Person, 'id', (p) => settings.access.visible('Person', p)),
    tagsByPerson: createChildrenLoader(settings, PersonTag, 'person', { id: 'asc' }, (t) =>
      settings.access.tagVisible(t),
    ),
    eventsOfPerson: createChildConnectionLoader(settings, {
      entity: HubEvent,
      kind: 'Event',
      order: 'REPORTED_DESC',
      table: 'hub_event',
      scope: 'Event',
      parentCondition: 'c.id in (select ep.event_id from event_party ep where ep.person_id = p.parent_id)',
    }),
  };
}
