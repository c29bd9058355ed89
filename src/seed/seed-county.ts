import type { EntityManager } from '@mikro-orm/postgresql';
import { generateDemoCounty } from '../demo/county';
import type { DemoCounty } from '../demo/demo.types';
import { loadRegistry } from '../domain/grids/registry.service';
import { RegionLevel } from '../domain/shared/enums';
import { normalizeAddress, normalizePersonName } from '../identity';
import { uuidv7 } from '../shared/ids';
import type { Logger } from '../shared/logger';
import { bulkInsert } from './bulk-insert';
import type { EmbeddedIngest } from '../../connectors/shared/embedded-ingest';
import { FEED_TOPICS, renderFeeds } from '../demo/feeds';
import { protectIdentityNumber, protectPhones } from '../access/protect';
import { execute } from '../db/sql';

const CURRENT_KINDS = new Set(['REGISTERED', 'OWNER', 'TENANT', 'FLOATING']);

/** The person rows, with region and grid taken from the person's current residence. */
function personRows(county: DemoCounty, ids: Ids) {
  const home = new Map<string, string>();
  for (const r of county.residences)
    if (!r.validTo && CURRENT_KINDS.has(r.kind) && !home.has(r.personKey)) home.set(r.personKey, r.houseKey);
  const houses = new Map(county.houses.map((h) => [h.key, h]));
  return county.people.map((p) => {
    const house = houses.get(home.get(p.key) ?? '');
    // Identity numbers and phones are stored only sealed, with their blind indexes.
    const identity = protectIdentityNumber(p.identityNumber);
    const phones = protectPhones(p.phones);
    return {
      id: ids.person(p.key),
      name: normalizePersonName(p.name)?.display ?? p.name,
      name_key: normalizePersonName(p.name)?.key ?? p.name,
      gender: p.gender,
      birth_date: p.birthDate,
      identity_number_enc: identity.sealed,
      identity_number_bidx: identity.index,
      identity_number_valid: true,
      phones_enc: phones.sealed,
      phone_bidx: phones.indexes,
      region_code: house?.regionCode ?? p.villageCode,
      grid_id: house ? ids.grid(house.gridCode) : null,
    };
  });
}

class Ids {
  private readonly keys = new Map<string, string>();
  constructor(private readonly grids: Map<string, string>) {}
  person = (key: string) => this.of(`p:${key}`);
  house = (key: string) => this.of(`h:${key}`);
  other = (key: string) => this.of(`o:${key}`);
  grid = (code: string) => this.grids.get(code) ?? null;
  private of(key: string): string {
    let id = this.keys.get(key);
    if (!id) this.keys.set(key, (id = uuidv7()));
    return id;
  }
}

/** Writes a generated county straight into the golden tables, in one transaction. */
export async function writeDemoCounty(em: EntityManager, county: DemoCounty): Promise<void> {
  await em.transactional(async (tx) => {
    await loadRegistry(tx, {
      regions: county.registry.regions.map((r) => ({ ...r, level: r.level as RegionLevel })),
      grids: county.registry.grids,
    });
    const grids: { id: string; code: string }[] = await execute(tx, 'select id, code from grid');
    const ids = new Ids(new Map(grids.map((g) => [g.code, g.id])));
    const uuid = 'uuid';
    await bulkInsert(
      tx,
      'person',
      {
        id: uuid,
        name: 'text',
        name_key: 'text',
        gender: 'text',
        birth_date: 'date',
        identity_number_enc: 'text',
        identity_number_bidx: 'text',
        identity_number_valid: 'boolean',
        phones_enc: 'text[]',
        phone_bidx: 'text[]',
        region_code: 'text',
        grid_id: uuid,
      },
      personRows(county, ids),
    );
    await bulkInsert(
      tx,
      'house',
      {
        id: uuid,
        address: 'text',
        address_key: 'text',
        region_code: 'text',
        grid_id: uuid,
        use: 'text',
        lat: 'float8',
        lng: 'float8',
      },
      county.houses.map((h) => ({
        id: ids.house(h.key),
        address: h.address,
        address_key: normalizeAddress(h.address) ?? h.address,
        region_code: h.regionCode,
        grid_id: ids.grid(h.gridCode),
        use: h.use,
        lat: h.lat,
        lng: h.lng,
      })),
    );
    await bulkInsert(
      tx,
      'residence',
      { id: uuid, person_id: uuid, house_id: uuid, kind: 'text', valid_from: 'date', valid_to: 'date' },
      county.residences.map((r) => ({
        id: uuidv7(),
        person_id: ids.person(r.personKey),
        house_id: ids.house(r.houseKey),
        kind: r.kind,
        valid_from: r.validFrom,
        valid_to: r.validTo,
      })),
    );
    await bulkInsert(
      tx,
      'organization',
      {
        id: uuid,
        credit_code: 'text',
        name: 'text',
        kind: 'text',
        legal_representative_id: uuid,
        address: 'text',
        region_code: 'text',
        state: 'text',
        registered_on: 'date',
      },
      county.organizations.map((o) => ({
        id: ids.other(o.key),
        credit_code: o.creditCode,
        name: o.name,
        kind: o.kind,
        legal_representative_id: ids.person(o.legalRepresentativeKey),
        address: o.address,
        region_code: o.regionCode,
        state: o.state,
        registered_on: o.registeredOn,
      })),
    );
    await bulkInsert(
      tx,
      'hub_event',
      {
        id: uuid,
        kind: 'text',
        category: 'text',
        summary: 'text',
        occurred_at: 'timestamptz',
        reported_at: 'timestamptz',
        region_code: 'text',
        grid_id: uuid,
        house_id: uuid,
        status: 'text',
      },
      county.events.map((e) => ({
        id: ids.other(e.key),
        kind: e.kind,
        category: e.category,
        summary: e.summary,
        occurred_at: e.occurredAt,
        reported_at: e.reportedAt,
        region_code: e.regionCode,
        grid_id: e.gridCode ? ids.grid(e.gridCode) : null,
        house_id: e.houseKey ? ids.house(e.houseKey) : null,
        status: e.status,
      })),
    );
    await bulkInsert(
      tx,
      'event_party',
      { id: uuid, event_id: uuid, person_id: uuid, role: 'text' },
      county.events.flatMap((e) =>
        e.parties.map((p) => ({
          id: uuidv7(),
          event_id: ids.other(e.key),
          person_id: ids.person(p.personKey),
          role: p.role,
        })),
      ),
    );
  });
}

/**
 * Fills an empty database with the deterministic demo county so the first query shows something
 * real: the registry, then the county rendered into the seven department feeds and ingested
 * through the connectors (validate, map, resolve, write), exactly as department data arrives. A
 * database that has any region already is left alone.
 */
export async function seedDemoCountyIfEmpty(
  em: EntityManager,
  ingest: EmbeddedIngest,
  options: { people: number; seed?: number },
  logger: Logger,
): Promise<boolean> {
  const [{ n }] = await execute<{ n: string }[]>(em, 'select count(*) as n from region');
  if (Number(n) > 0) return false;
  const started = Date.now();
  const county = generateDemoCounty({ people: options.people, seed: options.seed });
  await loadRegistry(em, {
    regions: county.registry.regions.map((r) => ({ ...r, level: r.level as RegionLevel })),
    grids: county.registry.grids,
  });
  const feeds = renderFeeds(county);
  const counts: Record<string, { applied: number; deadLetters: number }> = {};
  for (const topic of FEED_TOPICS) {
    const result = await ingest.ingest(
      topic,
      feeds.messages[topic].map((m) => JSON.stringify(m)),
    );
    counts[topic] = { applied: result.applied, deadLetters: result.deadLetters.length };
  }
  logger.info(
    { people: county.people.length, feeds: counts, ms: Date.now() - started },
    'demo county ingested through the connectors',
  );
  return true;
}
