import { createByIdLoader, createChildrenLoader, LoaderSettings } from '../shared/loaders';
import { EventParty } from './event-party.entity';
import { HubEvent } from './hub-event.entity';

export function createEventLoaders(settings: LoaderSettings) {
  return {
    event: createByIdLoader(settings, HubEvent, 'id', (e) => settings.access.visible('Event', e)),
    partiesByEvent: createChildrenLoader(settings, EventParty, 'event'),
  };
}
