/**
 * A PostgreSQL array literal for ids or enum values, passed as one parameter (`?::uuid[]`,
 * `?::text[]`): the query builder would otherwise spread a JS array into a list of parameters.
 * Only for values without commas, quotes or braces (UUIDs, enum names).
 */
export function pgArray(values: readonly string[]): string {
  return `{${values.join(',')}}`;
}
