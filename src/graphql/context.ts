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
import { createProvenanceLoaders } from '../domain/provenance/provenance.loaders';
import { createLoopLoaders } from '../domain/events/loop/loop.loaders';
import type { LoopSettings } from '../domain/events/loop/loop-settings';
import { Actor, loadActor } from '../domain/units/actor';
import { createUnitLoaders } from '../domain/units/unit.loaders';
import { actingMemberIdFrom, RequestHeaders } from './acting-member';
import { createResolutionLoaders } from '../resolution/resolution.loaders';

export function createLoaders(settings: LoaderSettings) {
  return {
    ...createPersonLoaders(settings),
    ...createHouseLoaders(settings),
    ...createGridLoaders(settings),
    ...createRegionLoaders(settings),
    ...createOrganizationLoaders(settings),
    ...createEventLoaders(settings),
    ...createProvenanceLoaders(settings),
    ...createUnitLoaders(settings),
    ...createLoopLoaders(settings),
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
  /** The acting member and unit; rejects UNAUTHENTICATED when the request names none. */
  actor(): Promise<Actor>;
  loop: LoopSettings;
}

/** What a transport knows about a request when it asks for a context. */
export interface ContextRequest {
  requestId?: string;
  headers?: RequestHeaders;
}

export interface ContextOptions {
  orm: MikroORM;
  logger: Logger;
  maxPageSize: number;
  batching: boolean;
  loop: LoopSettings;
}

/** Builds a request's context: the fork and its loaders are made together so they share an identity map. */
export function createContextFactory(options: ContextOptions) {
  return async (request: ContextRequest = {}): Promise<HubContext> => {
    const em = options.orm.em.fork();
    const requestId = request.requestId ?? randomUUID();
    const memberId = actingMemberIdFrom(request.headers);
    let actor: Promise<Actor> | undefined;
    return {
      requestId,
      em,
      loaders: createLoaders({ em, batch: options.batching }),
      limits: { maxPageSize: options.maxPageSize },
      logger: options.logger.child({ requestId }),
      actor: () => (actor ??= loadActor(em, memberId)),
      loop: options.loop,
      principal: principalFrom(request.headers),
    };
  };
}

// Judgements name who acted: the x-principal header, else the acting member (until authentication lands).
function principalFrom(headers: RequestHeaders | undefined): string | null {
  const named = headers?.['x-principal'];
  const value = (Array.isArray(named) ? named[0] : named)?.trim();
  if (value) return value;
  const member = actingMemberIdFrom(headers);
  return member ? `member:${member}` : null;
}
