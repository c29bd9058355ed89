import { createByIdLoader, createChildrenLoader, LoaderSettings } from '../shared/loaders';
import { createChildConnectionLoader } from '../shared/child-connection';
import { HubEvent } from '../events/hub-event.entity';
import { House } from '../houses/house.entity';
import { Person } from '../people/person.entity';
import { Grid } from './grid.entity';

export function createGridLoaders(settings: LoaderSettings) {
  return {
    grid: createByIdLoader(settings, Grid),
    gridsByVillage: createChildrenLoader(settings, Grid, 'village'),
    microGrids: createChildrenLoader(settings, Grid, 'parent'),
    housesOfGrid: createChildConnectionLoader(settings, {
      entity: House,
      kind: 'House',
      order: 'ID_ASC',
      table: 'house',
      scope: 'House',
      parentCondition: 'c.grid_id = p.parent_id',
    }),
    peopleOfGrid: createChildConnectionLoader(settings, {
      entity: Person,
      kind: 'Person',
      order: 'ID_ASC',
      table: 'person',
      scope: 'Person',
      parentCondition: 'c.grid_id = p.parent_id and c.merged_into_id is null',
    }),
    eventsOfGrid: createChildConnectionLoader(settings, {
      entity: HubEvent,
      kind: 'Event',
      order: 'REPORTED_DESC',
      table: 'hub_event',
      scope: 'Event',
      parentCondition: 'c.grid_id = p.parent_id',
    }),
  };
}
