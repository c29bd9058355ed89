import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrganizationMention } from '../../../connectors/shared/canonical-record';
import { uuidv7 } from '../../shared/ids';
import { rowset, sql } from '../../ingest/sql';
import { previousMentionTargets, recordPathKey } from '../../resolution/previous-mentions';

export interface OrganizationObservation {
  topic: string;
  key: string;
  mention: OrganizationMention;
  observedAt: Date;
  legalRepresentativeId: string | null;
  houseId: string | null;
}

export interface OrganizationLink {
  organizationId: string;
  rule: 'CREDIT_CODE' | 'SAME_RECORD_PATH' | 'NEW_ORGANIZATION';
}

const NEWER = `excluded.observed_at >= coalesce(organization.observed_at, '-infinity')`;
const take = (field: string) =>
  `${field} = coalesce(case when ${NEWER} then excluded.${field} end, organization.${field}, excluded.${field})`;

/**
 * Links organisation mentions by exact key — a valid unified social credit code, else what the
 * same path of an earlier version of the record was linked to — and writes their golden values
 * (the newer observation wins). An invalid code is never stored as the key. Returns one link per
 * observation, in order.
 */
export async function writeOrganizations(
  em: EntityManager,
  observations: OrganizationObservation[],
): Promise<OrganizationLink[]> {
  if (!observations.length) return [];
  const unkeyed = observations
    .filter((o) => !o.mention.creditCode?.valid)
    .map((o) => ({ topic: o.topic, key: o.key, path: o.mention.path }));
  const previous = await previousMentionTargets(em, 'ORGANIZATION', unkeyed);
  const known = await sql<{ id: string; credit_code: string }>(
    em,
    `select id, credit_code from organization where credit_code in (select value from jsonb_array_elements_text(?::jsonb))`,
    [JSON.stringify(observations.flatMap((o) => (o.mention.creditCode?.valid ? [o.mention.creditCode.value] : [])))],
  );
  const byCode = new Map(known.map((k) => [k.credit_code, k.id]));
  const links: OrganizationLink[] = observations.map((o) => {
    const code = o.mention.creditCode;
    if (code?.valid) {
      let id = byCode.get(code.value);
      if (!id) byCode.set(code.value, (id = uuidv7()));
      return { organizationId: id, rule: 'CREDIT_CODE' };
    }
    const earlier = previous.get(recordPathKey({ topic: o.topic, key: o.key, path: o.mention.path }));
    return earlier
      ? { organizationId: earlier, rule: 'SAME_RECORD_PATH' }
      : { organizationId: uuidv7(), rule: 'NEW_ORGANIZATION' };
  });
  const rows = new Map<string, Record<string, unknown>>();
  observations.forEach((o, i) => {
    const m = o.mention;
    rows.set(links[i].organizationId, {
      id: links[i].organizationId,
      credit_code: m.creditCode?.valid ? m.creditCode.value : null,
      name: m.name,
      kind: m.kind,
      state: m.state,
      address: m.address,
      region_code: m.regionCode,
      registered_on: m.registeredOn,
      legal_representative_id: o.legalRepresentativeId,
      house_id: o.houseId,
      observed_at: o.observedAt.toISOString(),
    });
  });
  const insert = `insert into organization as organization (id, credit_code, name, kind, state, address, region_code, registered_on, legal_representative_id, house_id, observed_at)
     select x.id, x.credit_code, x.name, x.kind, x.state, x.address, r.code, x.registered_on, x.legal_representative_id, x.house_id, x.observed_at
       from jsonb_to_recordset(?::jsonb) as x(id uuid, credit_code text, name text, kind text, state text, address text, region_code text,
            registered_on date, legal_representative_id uuid, house_id uuid, observed_at timestamptz)
       left join region r on r.code = x.region_code`;
  const update = `${['name', 'kind', 'state', 'address', 'region_code', 'registered_on', 'legal_representative_id', 'house_id'].map(take).join(', ')},
       observed_at = greatest(organization.observed_at, excluded.observed_at), updated_at = now()`;
  const all = [...rows.values()];
  const keyed = all.filter((r) => r.credit_code);
  // Upserting on the code itself: two hub processes creating the same organisation end with one row.
  const held = keyed.length
    ? await sql<{ id: string; credit_code: string }>(
        em,
        `${insert} order by x.credit_code on conflict (credit_code) do update set ${update} returning id, credit_code`,
        [rowset(keyed)],
      )
    : [];
  const fresh = all.filter((r) => !r.credit_code);
  if (fresh.length) await sql(em, `${insert} order by x.id on conflict (id) do update set ${update}`, [rowset(fresh)]);
  const byCodeHeld = new Map(held.map((h) => [h.credit_code, h.id]));
  return links.map((link, i) => {
    const code = observations[i].mention.creditCode;
    const id = code?.valid ? byCodeHeld.get(code.value) : undefined;
    return id && id !== link.organizationId ? { ...link, organizationId: id } : link;
  });
}
