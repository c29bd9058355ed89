import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Called inside the batch's transaction with the ids of the events a batch created (not those it
 * updated), so the event closed loop can take department events up (issue 5). Extension point:
 * the hub passes the closed loop's handler here once it exists; until then nothing is called.
 */
export type EventsCreatedHook = (em: EntityManager, eventIds: string[]) => Promise<void>;
