import type { HubContext } from '../../graphql/context';
import { isUuid } from '../../shared/ids';
import { Organization } from './organization.entity';

/** Federation: another subgraph's reference `{ id }` resolves through the request's loader. */
export function resolveOrganizationReference(
  reference: { id: string },
  ctx: HubContext,
): Promise<Organization | null> | null {
  return isUuid(reference.id) ? ctx.loaders.organization.load(reference.id.toLowerCase()) : null;
}
