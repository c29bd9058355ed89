import { divisionCodePrefix } from '../../../identity';
import type { Actor } from '../../units/actor';
import { isCenter } from '../../units/unit-kinds';
import type { HubEvent } from '../hub-event.entity';
import type { Standing } from './state-machine';

/** Whether a center's area (its region subtree) holds a region code. */
export function centerCovers(centerRegionCode: string, regionCode: string | undefined): boolean {
  return !!regionCode && regionCode.startsWith(divisionCodePrefix(centerRegionCode));
}

/** How the acting unit stands to an event: the facts the state machine's table asks about. */
export function standingsOf(actor: Actor, event: HubEvent): Set<Standing> {
  const standings = new Set<Standing>(['MEMBER']);
  if (event.assignee?.id === actor.unit.id) standings.add('ASSIGNEE');
  if (isCenter(actor.unit.kind) && centerCovers(actor.unit.region.code, event.region?.code)) standings.add('CENTER');
  return standings;
}
