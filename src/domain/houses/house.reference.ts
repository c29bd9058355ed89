import type { HubContext } from '../../graphql/context';
import { isUuid } from '../../shared/ids';
import { House } from './house.entity';

/** Federation: another subgraph's reference `{ id }` resolves through the request's loader. */
export function resolveHouseReference(reference: { id: string }, ctx: HubContext): Promise<House | null> | null {
  return isUuid(reference.id) ? ctx.loaders.house.load(reference.id.toLowerCase()) : null;
}
