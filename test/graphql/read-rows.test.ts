import { ReferenceKind } from '@mikro-orm/core';
import { ENTITIES } from '../../src/domain/entities';
import { execute, readRows } from '../../src/db/sql';
import { readColumns, rowReader } from '../../src/domain/shared/read-rows';
import { Region } from '../../src/domain/regions/region.entity';
import { HubEvent } from '../../src/domain/events/hub-event.entity';
import { Person } from '../../src/domain/people/person.entity';
import { seedSmallCounty, startTestHub, TestHub } from '../helpers/test-hub';

let t: TestHub;

beforeAll(async () => {
  t = await startTestHub();
  await seedSmallCounty(t.orm);
  // The generated county carries no special groups: tag a few people, one with a period.
  await execute(
    t.orm.em.fork(),
    `insert into person_tag (id, person_id, kind, sensitive, active, valid_from)
       select gen_random_uuid(), id, 'MINIMUM_LIVING_ALLOWANCE', false, true, case when random() < 0.5 then date '2021-03-01' end
         from person order by id limit 5`,
  );
});
afterAll(() => t.stop());

/** The records a nested read walks; the generated county must hold each, or the comparison is empty. */
const READ_PATH = [
  'Region',
  'Grid',
  'Person',
  'PersonTag',
  'House',
  'Residence',
  'Organization',
  'HubEvent',
  'EventParty',
];

describe('read objects from raw rows', () => {
  it('hold the same values the ORM hydrates, for every entity with rows', async () => {
    const compared: string[] = [];
    for (const meta of Object.values(t.orm.getMetadata().getAll())) {
      if (meta.abstract || meta.embeddable || !ENTITIES.includes(meta.class as never)) continue;
      const pk = meta.primaryKeys[0];
      const column = meta.properties[pk].fieldNames[0];
      const em = t.orm.em.fork();
      // As the read path reads: its select list, arrays and JSON left as text until read.
      const rows = await readRows(
        em,
        `select ${readColumns(em, meta.class, 't')} from "${meta.tableName}" t order by "${column}" limit 40`,
      );
      if (!rows.length) continue;
      const entities = await t.orm.em.fork().find(meta.class, {}, { orderBy: { [pk]: 'asc' }, limit: 40 } as never);
      const read = rows.map(rowReader(em, meta.class));
      expect(read).toHaveLength(entities.length);
      read.forEach((object, i) => {
        const entity = entities[i] as Record<string, any>;
        const got = object as Record<string, any>;
        expect(got).toBeInstanceOf(meta.class);
        for (const prop of meta.props) {
          if (prop.persist === false) continue;
          if (prop.lazy) {
            // Compared in SQL only: neither the ORM nor the read path selects it.
            expect(readColumns(em, meta.class, 't')).not.toContain(`"${prop.fieldNames[0]}"`);
            expect({ [prop.name]: got[prop.name] }).toEqual({ [prop.name]: entity[prop.name] });
            continue;
          }
          if (prop.kind === ReferenceKind.SCALAR) {
            expect({ [prop.name]: got[prop.name] }).toEqual({ [prop.name]: entity[prop.name] });
          } else if (prop.kind === ReferenceKind.MANY_TO_ONE) {
            const key = prop.targetMeta!.primaryKeys[0];
            const target = entity[prop.name]?.[key] ?? null;
            expect({ [prop.name]: got[prop.name]?.[key] ?? null }).toEqual({ [prop.name]: target });
          }
        }
      });
      compared.push(meta.className);
    }
    expect(compared).toEqual(expect.arrayContaining(READ_PATH));
  });

  it('parse an array or a JSON column when it is first read', async () => {
    const em = t.orm.em.fork();
    const [row] = await readRows<Record<string, unknown>>(
      em,
      `select ${readColumns(em, Person, 'p')} from person p where cardinality(p.phones_enc) > 0 limit 1`,
    );
    const person = rowReader(em, Person)(row);
    expect(Object.keys(person)).not.toContain('phonesSealed');
    expect(person.phonesSealed.length).toBeGreaterThan(0);
    expect(person.phonesSealed.every((p) => typeof p === 'string')).toBe(true);
    expect(Object.keys(person)).toContain('phonesSealed');
    const [eventRow] = await readRows<Record<string, unknown>>(
      em,
      `select ${readColumns(em, HubEvent, 'e')} from hub_event e order by id limit 1`,
    );
    const event = rowReader(em, HubEvent)(eventRow);
    expect(typeof event.details).toBe('object');
    expect(Array.isArray(event.photos)).toBe(true);
  });

  it('keep the getters of their entity class and are not tracked by the ORM', async () => {
    const em = t.orm.em.fork();
    const [village] = await execute(em, `select * from region where level = 'VILLAGE' limit 1`);
    const region = rowReader(em, Region)(village);
    expect(region.id).toBe(village.code);
    expect(region.parentCode).toBe(village.parent_code);
    const [eventRow] = await execute(em, `select * from hub_event limit 1`);
    const event = rowReader(em, HubEvent)(eventRow);
    expect(Array.isArray(event.photos)).toBe(true);
    const [personRow] = await execute(em, `select * from person limit 1`);
    const person = rowReader(em, Person)(personRow);
    person.name = 'changed';
    expect(Object.keys(person)).toContain('name');
    expect(em.getUnitOfWork().getIdentityMap().values()).toHaveLength(0);
  });

  it('parse a timestamp when it is first read, and take a value written over it', async () => {
    const em = t.orm.em.fork();
    const [row] = await execute(em, `select * from hub_event order by id limit 1`);
    const event = rowReader(em, HubEvent)(row);
    expect(Object.keys(event)).not.toContain('reportedAt');
    const reportedAt = event.reportedAt;
    expect(reportedAt).toBeInstanceOf(Date);
    expect(reportedAt.getTime()).toBe(
      new Date(String(row.reported_at).replace(' ', 'T').replace(/\+00$/, 'Z')).getTime(),
    );
    // Parsed once: the same Date again, now the object's own property.
    expect(event.reportedAt).toBe(reportedAt);
    expect(Object.keys(event)).toContain('reportedAt');
    const other = rowReader(em, HubEvent)(row);
    other.reportedAt = new Date('2020-01-01T00:00:00Z');
    expect(other.reportedAt.toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(event.reportedAt).toBe(reportedAt);
  });
});
