import { divisionCodePrefix, parseDivisionCode } from '../../identity';
import { badInput } from '../../graphql/errors';
import { SqlCondition } from '../shared/keyset';

/**
 * The SQL condition for "in the subtree of this region" on a `region_code` column: an equality
 * for a village, a prefix match (served by the text_pattern_ops indexes) for a town or county.
 * A malformed code is BAD_USER_INPUT naming the argument.
 */
export function regionSubtreeCondition(code: string, argument: string, column: string): SqlCondition {
  try {
    parseDivisionCode(code);
  } catch {
    throw badInput(argument, `"${code}" is not a 12-digit division code (区划代码)`);
  }
  const prefix = divisionCodePrefix(code);
  if (prefix.length === 12) return { sql: `${column} = ?`, params: [prefix] };
  return { sql: `${column} like ?`, params: [`${prefix}%`] };
}
