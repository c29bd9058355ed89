import type { HubContext } from '../../graphql/context';
import { isUuid } from '../../shared/ids';
import { Person } from './person.entity';

/** Federation: another subgraph's reference `{ id }` resolves through the request's loader. */
export function resolvePersonReference(reference: { id: string }, ctx: HubContext): Promise<Person | null> | null {
  return isUuid(reference.id) ? ctx.loaders.person.load(reference.id.toLowerCase()) : null;
}
