import { z } from 'zod';
import type { CanonicalRecord } from '../../../connectors/shared/canonical-record';
import { ConnectorRejection, defineConnector } from '../../../connectors/shared/define-connector';
import {
  EventKind,
  EventStatus,
  HouseUse,
  PartyRole,
  RegionLevel,
  ResidenceKind,
} from '../../../src/domain/shared/enums';
import { normalizeIdentityNumber } from '../../../src/identity';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadRegistry } from '../../../src/domain/grids/registry.service';

/**
 * A tiny connector of the tests' own: one person, an optional house, an incident event and a
 * residence. It drives the pipeline's delivery semantics independently of department formats.
 */
const schema = z.object({
  id: z.string().min(1).optional(),
  v: z.number().int().optional(),
  name: z.string(),
  idNumber: z.string().optional(),
  status: z.enum(['OPEN', 'CLOSED']),
  address: z.string().optional(),
  region: z.string().optional(),
  op: z.enum(['U', 'D']).optional(),
  reject: z.boolean().optional(),
});
type TestMessage = z.infer<typeof schema>;

export const REGION = '371326001001';

export function testConnector(topic: string, options: { versioned: boolean }) {
  return defineConnector<TestMessage>({
    topic,
    department: 'police',
    schema,
    keyOf: (m) => m.id ?? '',
    map(m, meta): CanonicalRecord {
      if (m.reject) throw new ConnectorRejection('the test asked for a rejection', 'reject');
      const observedAt = options.versioned && m.v !== undefined ? new Date(m.v) : meta.receivedAt;
      const base = {
        topic,
        key: meta.key,
        department: 'police' as const,
        version: options.versioned && m.v !== undefined ? String(m.v) : null,
        versionOrder: options.versioned ? (m.v ?? null) : null,
        observedAt,
      };
      const empty = { people: [], houses: [], organizations: [], events: [], residences: [], tags: [], households: [] };
      if (m.op === 'D') return { ...base, operation: 'DELETE', ...empty };
      const house = m.address
        ? [
            {
              path: 'house',
              address: m.address,
              regionCode: m.region ?? REGION,
              use: HouseUse.RENTED,
              lat: null,
              lng: null,
            },
          ]
        : [];
      return {
        ...base,
        ...empty,
        operation: 'UPSERT',
        people: [
          {
            path: 'person',
            name: m.name,
            identityNumber: normalizeIdentityNumber(m.idNumber),
            phones: [],
            gender: null,
            birthDate: null,
            address: m.address ?? null,
            regionCode: m.region ?? REGION,
          },
        ],
        houses: house,
        events: [
          {
            kind: EventKind.INCIDENT,
            category: '纠纷',
            summary: `${m.name} ${m.status}`,
            occurredAt: null,
            reportedAt: new Date(Date.UTC(2024, 0, 1)),
            regionCode: REGION,
            status: m.status === 'OPEN' ? EventStatus.REPORTED : EventStatus.CLOSED,
            housePath: house.length ? 'house' : null,
            parties: [{ personPath: 'person', role: PartyRole.PARTY }],
            details: { v: m.v ?? null },
          },
        ],
        residences: house.length
          ? [
              {
                personPath: 'person',
                housePath: 'house',
                kind: ResidenceKind.TENANT,
                validFrom: '2024-01-01',
                validTo: m.status === 'CLOSED' ? '2024-06-30' : null,
              },
            ]
          : [],
      };
    },
  });
}

/** The registry the test records point at: the county, one town, one village. */
export const TEST_REGISTRY = {
  regions: [
    { code: '371326000000', name: '平邑县', level: 'COUNTY', parentCode: null },
    { code: '371326001000', name: '平邑街道', level: 'TOWN', parentCode: '371326000000' },
    { code: REGION, name: '东关社区', level: 'VILLAGE', parentCode: '371326001000' },
  ],
  grids: [],
} as const;

/** Loads TEST_REGISTRY, the regions the test records point at. */
export async function loadTestRegistry(orm: MikroORM): Promise<void> {
  await loadRegistry(orm.em.fork(), {
    regions: TEST_REGISTRY.regions.map((r) => ({ ...r, level: r.level as RegionLevel })),
    grids: [],
  });
}

/** One JSON line as the samples write it. */
export const line = (key: string | null, value: unknown) => JSON.stringify({ key, value });
