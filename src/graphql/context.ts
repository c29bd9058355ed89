import type { EntityManager } from '@mikro-orm/postgresql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../shared/logger';
import { Authenticate, credentialsFrom } from '../access/authenticate';
import { createLedgerCollector, LedgerCollector } from '../access/ledger/ledger-collector';
import { AccessControl, createAccessControl, createUnrestrictedAccess } from '../access/policy-evaluation';
import type { ClientLimits, Principal } from '../access/principal';
import type { RateLimiter } from '../access/rate-limit';
import type { TokenSigner } from '../access/clients.service';
import { AccessRole, ClientKind, Department } from '../access/access.enums';
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
import { createResolutionLoaders } from '../resolution/resolution.loaders';
import type { RequestHeaders } from './acting-member';

const LOADER_GROUPS = [
  createPersonLoaders,
  createHouseLoaders,
  createGridLoaders,
  createRegionLoaders,
  createOrganizationLoaders,
  createEventLoaders,
  createProvenanceLoaders,
  createUnitLoaders,
  createLoopLoaders,
  createResolutionLoaders,
] as const;

type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** Every loader of every area, by name. */
export type Loaders = Intersection<ReturnType<(typeof LOADER_GROUPS)[number]>>;

const SETTINGS = Symbol('loader settings');
let lazyLoaders: object | undefined;

/**
 * The prototype of every request's loaders: a getter per loader that makes its group (the loaders
 * of one area, which may share state) on first use. Its names come from making each group once.
 */
function loaderPrototype(settings: LoaderSettings): object {
  if (lazyLoaders) return lazyLoaders;
  const prototype = {};
  for (const group of LOADER_GROUPS) {
    const slot = Symbol(group.name);
    for (const name of Object.keys(group(settings))) {
      Object.defineProperty(prototype, name, {
        get(this: Record<symbol, unknown>) {
          const made = (this[slot] ??= group(this[SETTINGS] as LoaderSettings)) as Record<string, unknown>;
          return made[name];
        },
        enumerable: true,
      });
    }
  }
  return (lazyLoaders = prototype);
}

/**
 * One request's loaders, each area's made when a resolver first asks for one of them: a request
 * reads a few areas, and making some forty DataLoaders for each was a visible share of a small one.
 */
export function createLoaders(settings: LoaderSettings): Loaders {
  const loaders = Object.create(loaderPrototype(settings)) as Record<string | symbol, unknown>;
  loaders[SETTINGS] = { ...settings, peer: (name: string) => loaders[name] };
  return loaders as unknown as Loaders;
}

/**
 * What every resolver receives: one EntityManager fork and one set of loaders per request, the
 * authenticated principal, its policy (which loaders and services consult) and the collector of
 * the person reads this request will write to the access ledger.
 */
export interface HubContext {
  requestId: string;
  em: EntityManager;
  loaders: Loaders;
  limits: { maxPageSize: number };
  logger: Logger;
  principal: Principal;
  access: AccessControl;
  ledger: LedgerCollector;
  /** Signs the tokens admin mutations issue; absent when authorization is off. */
  signer?: TokenSigner;
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
  /** Absent: authorization is off (GOVGRAPH_ACCESS_CONTROL=false; never in production). */
  authenticate?: Authenticate;
  rateLimiter?: RateLimiter;
  signer?: TokenSigner;
  /** The limits of the unrestricted principal when authorization is off. */
  defaultLimits: ClientLimits;
  loop: LoopSettings;
}

function unrestrictedPrincipal(limits: ClientLimits, member?: string): Principal {
  return {
    clientId: '00000000-0000-0000-0000-000000000000',
    clientName: 'unrestricted',
    kind: ClientKind.SYSTEM,
    department: Department.HUB,
    roles: [AccessRole.ADMIN],
    memberId: member,
    limits,
  };
}

/**
 * Builds a request's context: authenticates (UNAUTHENTICATED without valid credentials), takes one
 * request from the client's rate limit (RATE_LIMITED), then makes the fork and its loaders
 * together so they share an identity map and the request's policy.
 */
export function createContextFactory(options: ContextOptions) {
  return async (request: ContextRequest = {}): Promise<HubContext> => {
    const requestId = request.requestId ?? randomUUID();
    const credentials = credentialsFrom(request.headers);
    const principal = options.authenticate
      ? await options.authenticate(credentials)
      : unrestrictedPrincipal(options.defaultLimits, credentials.member);
    options.rateLimiter?.take(principal.clientId, principal.limits.rateLimitPerMinute);
    const access = options.authenticate ? createAccessControl(principal) : createUnrestrictedAccess(principal);
    const em = options.orm.em.fork();
    // The token's member; the development header only when the authenticator allows it (not in production).
    const memberId = principal.memberId;
    let actor: Promise<Actor> | undefined;
    return {
      requestId,
      em,
      loaders: createLoaders({ em, batch: options.batching, access }),
      limits: { maxPageSize: Math.min(options.maxPageSize, principal.limits.maxPageSize) },
      logger: options.logger.child({ requestId, clientId: principal.clientId }),
      principal,
      access,
      ledger: createLedgerCollector(principal, requestId),
      signer: options.signer,
      actor: () => (actor ??= loadActor(em, memberId)),
      loop: options.loop,
    };
  };
}
