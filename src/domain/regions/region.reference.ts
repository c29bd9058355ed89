import type { HubContext } from '../../graphql/context';
import { Region } from './region.entity';

/** Federation: a region reference's id is its division code. */
export function resolveRegionReference(reference: { id: string }, ctx: HubContext): Promise<Region | null> | null {
  return /^\d{12}$/.test(reference.id) ? ctx.loaders.region.load(reference.id) : null;
}
