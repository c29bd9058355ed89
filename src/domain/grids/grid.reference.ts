import type { HubContext } from '../../graphql/context';
import { isUuid } from '../../shared/ids';
import { Grid } from './grid.entity';

/** Federation: another subgraph's reference `{ id }` resolves through the request's loader. */
export function resolveGridReference(reference: { id: string }, ctx: HubContext): Promise<Grid | null> | null {
  return isUuid(reference.id) ? ctx.loaders.grid.load(reference.id.toLowerCase()) : null;
}
