import type { EntityManager } from '@mikro-orm/postgresql';
import { HubError, HubErrorCode } from '../../graphql/errors';
import { isUuid } from '../../shared/ids';
import { Unit } from './unit.entity';
import { UnitMember } from './unit-member.entity';

/** Who is acting in a request: a member and the unit they act for. */
export interface Actor {
  member: UnitMember;
  unit: Unit;
}

/**
 * Loads the acting member named by the request (see graphql/acting-member.ts). Rejects with
 * UNAUTHENTICATED when no member is named or the id matches none.
 */
export async function loadActor(em: EntityManager, memberId: string | undefined): Promise<Actor> {
  if (!memberId) throw new HubError(HubErrorCode.UNAUTHENTICATED, 'this operation needs an acting member');
  const member = isUuid(memberId)
    ? await em.findOne(UnitMember, { id: memberId.toLowerCase() }, { populate: ['unit'] })
    : null;
  if (!member) throw new HubError(HubErrorCode.UNAUTHENTICATED, 'the acting member is unknown');
  return { member, unit: member.unit };
}
