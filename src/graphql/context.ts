import type { EntityManager } from '@mikro-orm/postgresql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../shared/logger';
import { LoaderSettings } from '../domain/shared/loaders';
import { createEventLoaders } from '../domain/events/event.loaders';
import { createGridLoaders } from '../domain/grids/grid.loaders';
import { createHouseLoaders } from '../domain/houses/house.loaders';
import { createOrganizationLoaders } from '../domain/organizations/organization.loaders';
import { createPersonLoaders } from '../domain/people/person.loaders';
import { createRegionLoaders } from '../domain/regions/region.loaders';
import { createResolutionLoaders } from '../resolution/resolution.loaders';

export function createLoaders(settings: LoaderSettings) {
  return {
    ...createPersonLoaders(settings),
    ...createHouseLoaders(settings),
    ...createGridLoaders(settings),
    ...createRegionLoaders(settings),
    ...createOrganizationLoaders(settings),
    ...createEventLoaders(settings),
    ...createResolutionLoaders(settings),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** What every resolver receives: one EntityManager fork and one set of loaders per request. */
export interface HubContext {
  requestId: string;
  em: EntityManager;
  loaders: Loaders;
  limits: { maxPageSize: number };
  logger: Logger;
  /** Who is acting: the `x-principal` header until department authentication lands; audits name it. */
  principal: string | null;
}

export interface ContextOptions {
  orm: MikroORM;
  logger: Logger;
  maxPageSize: number;
  batching: boolean;
}

/** Builds a request's context: the fork and its loaders are made together so they share an identity map. */
export function createContextFactory(options: ContextOptions) {
  return async (requestId: string = randomUUID(), principal?: string): Promise<HubContext> => {
    const em = options.orm.em.fork();
    return {
      requestId,
      em,
      loaders: createLoaders({ em, batch: options.batching }),
      limits: { maxPageSize: options.maxPageSize },
      logger: options.logger.child({ requestId }),
      principal: principal?.trim() || null,
    };
  };
}
