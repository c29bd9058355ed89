import { currentFieldKeyId, sealedKeyId } from './field-crypto';
import { protectIdentityNumber, protectPhones, revealIdentityNumber, revealPhone } from './protect';

/** Runs one SQL statement with `?` parameters (a migration's execute, or a connection's). */
export type Execute = (sql: string, params?: unknown[]) => Promise<Record<string, any>[]>;

interface SealedRow {
  id: string;
  enc: string | null;
  bidx: string | null;
  penc: string[];
  pbidx: string[];
}

async function writeSealed(execute: Execute, rows: SealedRow[]): Promise<void> {
  if (!rows.length) return;
  await execute(
    `update person p set identity_number_enc = x.enc, identity_number_bidx = x.bidx, phones_enc = x.penc, phone_bidx = x.pbidx
       from jsonb_to_recordset(?::jsonb) as x(id uuid, enc text, bidx text, penc text[], pbidx text[]) where p.id = x.id`,
    [JSON.stringify(rows)],
  );
}

/**
 * The encryption migration's data step: seals the clear-text `identity_number` and `phones` of
 * every existing person into the new columns, in batches by id. Needs the keyring only when
 * there are rows to convert; then it refuses to run without one.
 */
export async function sealClearPersonColumns(execute: Execute, batch = 2000): Promise<number> {
  let after = '00000000-0000-0000-0000-000000000000';
  let converted = 0;
  for (;;) {
    const rows = await execute(
      `select id, identity_number, phones from person where id > ? and (identity_number is not null or cardinality(phones) > 0) order by id limit ?`,
      [after, batch],
    );
    if (!rows.length) return converted;
    await writeSealed(
      execute,
      rows.map((r) => {
        const identity = r.identity_number ? protectIdentityNumber(r.identity_number) : null;
        const phones = protectPhones(r.phones ?? []);
        return {
          id: r.id,
          enc: identity?.sealed ?? null,
          bidx: identity?.index ?? null,
          penc: phones.sealed,
          pbidx: phones.indexes,
        };
      }),
    );
    converted += rows.length;
    after = rows[rows.length - 1].id;
  }
}

/**
 * One batch of key rotation: the next `size` people after id `after` with a value sealed by a key
 * other than the keyring's current one are re-sealed under the current key (the old key must
 * still be in the keyring, as a later entry, to open them). Blind indexes do not change.
 * Returns how many were re-sealed and the id to continue after, or null when none are left.
 */
export async function resealBatch(
  execute: Execute,
  after: string,
  size: number,
): Promise<{ count: number; next: string | null }> {
  const current = currentFieldKeyId();
  const prefix = `v1.${current}.`;
  const rows = await execute(
    `select id, identity_number_enc, identity_number_bidx, phones_enc, phone_bidx from person
      where id > ? and ((identity_number_enc is not null and not starts_with(identity_number_enc, ?))
         or exists (select 1 from unnest(phones_enc) as p(v) where not starts_with(p.v, ?)))
      order by id limit ?`,
    [after, prefix, prefix, size],
  );
  await writeSealed(
    execute,
    rows.map((r) => {
      const identity =
        r.identity_number_enc && sealedKeyId(r.identity_number_enc) !== current
          ? protectIdentityNumber(revealIdentityNumber(r.identity_number_enc))
          : null;
      const phones = protectPhones((r.phones_enc as string[]).map(revealPhone));
      return {
        id: r.id,
        enc: identity?.sealed ?? r.identity_number_enc,
        bidx: r.identity_number_bidx,
        penc: phones.sealed,
        pbidx: phones.indexes,
      };
    }),
  );
  return { count: rows.length, next: rows.length ? rows[rows.length - 1].id : null };
}

export const FIRST_ID = '00000000-0000-0000-0000-000000000000';

/** Key rotation over the whole table in batches; running it again finds nothing to do. */
export async function resealWithCurrentKey(execute: Execute, size = 2000): Promise<number> {
  let after: string | null = FIRST_ID;
  let resealed = 0;
  while (after) {
    const batch = await resealBatch(execute, after, size);
    resealed += batch.count;
    after = batch.next;
  }
  return resealed;
}
