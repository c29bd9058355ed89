import type { NonEmptyArray } from 'type-graphql';
import { ClientsResolver } from '../access/clients.resolver';
import { LedgerResolver } from '../access/ledger/ledger.resolver';
import { EventPartyResolver } from '../domain/events/event-party.resolver';
import { EventResolver } from '../domain/events/event.resolver';
import {
  EventLoopResolver,
  EventTransitionResolver,
  RelatedEventResolver,
} from '../domain/events/loop/event-loop.resolver';
import { LoopResolver } from '../domain/events/loop/loop.resolver';
import { AlertResolver } from '../domain/alerts/alert.resolver';
import { FiguresResolver, WorkerFiguresResolver } from '../domain/figures/figures.resolver';
import { NotificationResolver } from '../domain/units/notification.resolver';
import { UnitResolver } from '../domain/units/unit.resolver';
import { resolveHubEventReference } from '../domain/events/event.reference';
import { GridResolver } from '../domain/grids/grid.resolver';
import { resolveGridReference } from '../domain/grids/grid.reference';
import { RegistryResolver } from '../domain/grids/registry.resolver';
import { HouseResolver } from '../domain/houses/house.resolver';
import { resolveHouseReference } from '../domain/houses/house.reference';
import { ResidenceResolver } from '../domain/houses/residence.resolver';
import { OrganizationResolver } from '../domain/organizations/organization.resolver';
import { resolveOrganizationReference } from '../domain/organizations/organization.reference';
import { PersonResolver } from '../domain/people/person.resolver';
import { resolvePersonReference } from '../domain/people/person.reference';
import { MentionResolver } from '../domain/provenance/mention.resolver';
import { SourceRecordResolver } from '../domain/provenance/source-record.resolver';
import {
  EventSourcesResolver,
  HouseSourcesResolver,
  OrganizationSourcesResolver,
  PersonSourcesResolver,
} from '../domain/provenance/sources.resolver';
import { RegionResolver } from '../domain/regions/region.resolver';
import { resolveRegionReference } from '../domain/regions/region.reference';
import { MentionEvidenceResolver } from '../resolution/mention.resolver';
import { PersonResolutionResolver } from '../resolution/person-resolution.resolver';
import { ReviewResolver } from '../resolution/review.resolver';

/** Every resolver class of the subgraph. */
export const RESOLVERS: NonEmptyArray<Function> = [
  PersonResolver,
  HouseResolver,
  ResidenceResolver,
  OrganizationResolver,
  EventResolver,
  EventPartyResolver,
  GridResolver,
  RegionResolver,
  RegistryResolver,
  SourceRecordResolver,
  MentionResolver,
  PersonSourcesResolver,
  HouseSourcesResolver,
  OrganizationSourcesResolver,
  EventSourcesResolver,
  ClientsResolver,
  LedgerResolver,
  LoopResolver,
  EventLoopResolver,
  EventTransitionResolver,
  RelatedEventResolver,
  UnitResolver,
  NotificationResolver,
  AlertResolver,
  FiguresResolver,
  WorkerFiguresResolver,
  PersonResolutionResolver,
  MentionEvidenceResolver,
  ReviewResolver,
];

/** Federation entry points: `_entities` resolves each `@key` type through the request's loaders. */
export const REFERENCE_RESOLVERS = {
  Person: { __resolveReference: resolvePersonReference },
  House: { __resolveReference: resolveHouseReference },
  Organization: { __resolveReference: resolveOrganizationReference },
  Event: { __resolveReference: resolveHubEventReference },
  Grid: { __resolveReference: resolveGridReference },
  Region: { __resolveReference: resolveRegionReference },
};
