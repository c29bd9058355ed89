import { createConnectionType } from '../../graphql/pagination';
import { HubEvent } from './hub-event.entity';

export const EventConnection = createConnectionType('Event', HubEvent);
