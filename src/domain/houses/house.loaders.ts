import { createByIdLoader, createChildrenLoader, LoaderSettings } from '../shared/loaders';
import { createChildConnectionLoader } from '../shared/child-connection';
import { HubEvent } from '../events/hub-event.entity';
import { Grid } from '../grids/grid.entity';
import { House } from './house.entity';
import { Residence } from './residence.entity';

export function createHouseLoaders(settings: LoaderSettings) {
  return {
    // A house's grid comes in the same statement, into the grid loader (Person → residences → house → grid).
    house: createByIdLoader(settings, House, 'id', (h) => settings.access.visible('House', h), {
      entity: Grid,
      relation: 'grid',
      prime: (grid) => settings.peer?.('grid')?.prime(grid.id, grid),
    }),
    residencesByPerson: createChildrenLoader(settings, Residence, 'person'),
    residencesByHouse: createChildrenLoader(settings, Residence, 'house'),
    eventsOfHouse: createChildConnectionLoader(settings, {
      entity: HubEvent,
      kind: 'Event',
      order: 'REPORTED_DESC',
      table: 'hub_event',
      scope: 'Event',
      parentCondition: 'c.house_id = p.parent_id',
    }),
  };
}
