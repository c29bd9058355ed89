import type { HubContext } from '../../graphql/context';
import { isUuid } from '../../shared/ids';
import { HubEvent } from './hub-event.entity';

/** Federation: another subgraph's reference `{ id }` resolves through the request's loader. */
export function resolveHubEventReference(reference: { id: string }, ctx: HubContext): Promise<HubEvent | null> | null {
  return isUuid(reference.id) ? ctx.loaders.event.load(reference.id.toLowerCase()) : null;
}
