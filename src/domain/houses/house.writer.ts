import type { EntityManager } from '@mikro-orm/postgresql';
import type { HouseMention } from '../../../connectors/shared/canonical-record';
import { normalizeAddress } from '../../identity';
import { uuidv7 } from '../../shared/ids';
import { rowset, sql } from '../../ingest/sql';

export interface HouseObservation {
  mention: HouseMention;
  observedAt: Date;
}

/** The exact key of a house: its village and normalised address; null when either is missing. */
export function houseKey(m: HouseMention): string | null {
  const address = normalizeAddress(m.address);
  return m.regionCode && address ? `${m.regionCode}\u0000${address}` : null;
}

/**
 * Links house mentions by exact key (region code + normalised address) and writes their golden
 * values in one statement: unknown houses are created, known ones take the newer observation's
 * use and coordinates. A house in a region the registry does not know cannot be placed and is
 * left unlinked (its mention keeps the path, its assertion the address). Returns key → house id.
 */
export async function writeHouses(em: EntityManager, observations: HouseObservation[]): Promise<Map<string, string>> {
  const rows = new Map<string, Record<string, unknown>>();
  for (const o of [...observations].sort((a, b) => a.observedAt.getTime() - b.observedAt.getTime())) {
    const key = houseKey(o.mention);
    if (!key) continue;
    const m = o.mention;
    const prev = rows.get(key);
    rows.set(key, {
      id: uuidv7(),
      region_code: m.regionCode,
      address_key: normalizeAddress(m.address),
      address: prev?.address ?? m.address.trim(),
      use: m.use ?? prev?.use ?? null,
      lat: m.lat ?? prev?.lat ?? null,
      lng: m.lng ?? prev?.lng ?? null,
      observed_at: o.observedAt.toISOString(),
    });
  }
  if (!rows.size) return new Map();
  const sorted = [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, r]) => r);
  const written = await sql<{ id: string; region_code: string; address_key: string }>(
    em,
    `insert into house as house (id, address, address_key, region_code, use, lat, lng, observed_at)
     select x.id, x.address, x.address_key, r.code, coalesce(x.use, 'UNKNOWN'), x.lat, x.lng, x.observed_at
       from jsonb_to_recordset(?::jsonb) as x(id uuid, address text, address_key text, region_code text, use text,
            lat float8, lng float8, observed_at timestamptz)
       join region r on r.code = x.region_code
     on conflict (region_code, address_key) do update set
       use = coalesce(case when excluded.observed_at >= coalesce(house.observed_at, '-infinity') then nullif(excluded.use, 'UNKNOWN') end, house.use),
       lat = coalesce(case when excluded.observed_at >= coalesce(house.observed_at, '-infinity') then excluded.lat end, house.lat),
       lng = coalesce(case when excluded.observed_at >= coalesce(house.observed_at, '-infinity') then excluded.lng end, house.lng),
       observed_at = greatest(house.observed_at, excluded.observed_at), updated_at = now()
     returning id, region_code, address_key`,
    [rowset(sorted)],
  );
  return new Map(written.map((w) => [`${w.region_code}\u0000${w.address_key}`, w.id]));
}
