import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createEmbeddedIngest } from '../../connectors/shared/embedded-ingest';
import { configureFieldCrypto, parseKeyring, sealedKeyId } from '../../src/access/field-crypto';
import { identityNumberIndex, revealIdentityNumber } from '../../src/access/protect';
import { createOrm } from '../../src/db/orm';
import { execute } from '../../src/db/sql';
import { generateIdentityNumber } from '../../src/identity';
import { recomputeGolden } from '../../src/resolution/golden';
import { randomTopicName } from '../helpers/kafka-broker';
import { resetDatabase } from '../helpers/test-hub';
import { line, testConnector, loadTestRegistry } from '../connectors/shared/test-connector';

// Golden numbers are kept in the envelope of the assertion they were chosen from, not sealed again.
let orm: MikroORM;
const connector = testConnector(randomTopicName('test.golden'), { versioned: true });
const key = () => randomBytes(32).toString('base64');
const older = key();
const indexKey = key();
const number = generateIdentityNumber({ divisionCode: '371326', birthDate: '1979-03-04', sequence: 41 });

beforeAll(async () => {
  configureFieldCrypto(parseKeyring(`older:${older}`, indexKey));
  orm = await createOrm({ url: process.env.TEST_DATABASE_URL!, poolMax: 4 });
  await resetDatabase(orm);
  await loadTestRegistry(orm);
});
afterAll(() => orm.close());

async function stored() {
  const [person] = await execute<{ enc: string; bidx: string; id: string }[]>(
    orm.em.fork(),
    `select id, identity_number_enc as enc, identity_number_bidx as bidx from person where identity_number_bidx = ?`,
    [identityNumberIndex(number)],
  );
  const assertions = await execute<{ sealed: string }[]>(
    orm.em.fork(),
    `select fields->'identityNumber'->>'sealed' as sealed from assertion where entity_id = ? and fields->'identityNumber' is not null order by observed_at`,
    [person.id],
  );
  return { person, assertions: assertions.map((a) => a.sealed) };
}

// The person's number lost (as if never stated), then recomputed from the assertions.
async function recomputeFromAssertions(personId: string) {
  await execute(
    orm.em.fork(),
    `update person set identity_number_enc = null, identity_number_bidx = null where id = ?`,
    [personId],
  );
  await orm.em.fork().transactional((em) => recomputeGolden(em, [personId]));
}

describe('golden identity numbers at rest', () => {
  it('keeps the number in the envelope of the assertion it came from', async () => {
    const ingest = createEmbeddedIngest({ orm, connectors: [connector], batchSize: 10 });
    await ingest.ingest(connector.topic, [
      line('G1', { id: 'G1', v: 1, name: '赵敏', idNumber: number, status: 'OPEN' }),
    ]);
    const first = await stored();
    expect(first.assertions).toHaveLength(1);
    expect(first.person.enc).toBe(first.assertions[0]);
    await recomputeFromAssertions(first.person.id);
    const again = await stored();
    expect(again.person.enc).toBe(first.assertions[0]);
    expect(again.person.bidx).toBe(identityNumberIndex(number));
  });

  it('seals again under the current key a number asserted under an earlier one', async () => {
    configureFieldCrypto(parseKeyring(`newer:${key()},older:${older}`, indexKey));
    const { person, assertions } = await stored();
    expect(assertions.map(sealedKeyId)).toEqual(['older']);
    await recomputeFromAssertions(person.id);
    const after = await stored();
    expect(sealedKeyId(after.person.enc)).toBe('newer');
    expect(revealIdentityNumber(after.person.enc)).toBe(number);
    expect(after.person.bidx).toBe(identityNumberIndex(number));
  });
});
