import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../db/sql';

/**
 * Inserts many rows with one statement per chunk: rows travel as one JSON parameter and
 * `jsonb_to_recordset` turns them into a relation, so 5,000 rows cost one round trip.
 * `columns` maps each column to its SQL type.
 */
export async function bulkInsert(
  em: EntityManager,
  table: string,
  columns: Record<string, string>,
  rows: Record<string, unknown>[],
  chunkSize = 5000,
): Promise<void> {
  const names = Object.keys(columns);
  const recordType = names.map((n) => `${n} ${columns[n]}`).join(', ');
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    await execute(
      em,
      `insert into ${table} (${names.join(', ')})
         select ${names.map((n) => `x.${n}`).join(', ')} from jsonb_to_recordset(?::jsonb) as x(${recordType})`,
      [JSON.stringify(chunk)],
    );
  }
}
