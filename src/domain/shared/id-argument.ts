import { isUuid } from '../../shared/ids';
import { badInput } from '../../graphql/errors';

/** Checks an id argument's form; a well-formed id that matches nothing is a `null` answer, not an error. */
export function checkedId(id: string, argument = 'id'): string {
  if (!isUuid(id)) throw badInput(argument, `"${id}" is not an id this API issued`);
  return id.toLowerCase();
}
