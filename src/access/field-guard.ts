import { defaultFieldResolver, GraphQLFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { badInput, forbidden } from '../graphql/errors';
import type { HubContext } from '../graphql/context';
import { MASKERS } from './masking';

const MAX_PURPOSE = 200;

function statedPurpose(args: Record<string, unknown>): string | undefined {
  const purpose = args.purpose;
  if (purpose == null) return undefined;
  const text = String(purpose).trim();
  if (!text) throw badInput('purpose', 'must say why the identity number is read');
  if (text.length > MAX_PURPOSE) throw badInput('purpose', `must be at most ${MAX_PURPOSE} characters`);
  return text;
}

function then<T>(value: T | Promise<T>, f: (v: T) => unknown): unknown {
  return value instanceof Promise ? value.then(f) : f(value);
}

/**
 * Puts the request's policy in front of every field of every object type of the schema. Whatever
 * path reaches a field (an alias, a fragment, a nested connection, federation `_entities`), it is
 * resolved through here: a denied field answers FORBIDDEN, a masked one is masked after it
 * resolves, a clear-text identity number needs a `purpose`, and every field of a person read is
 * noted for the access ledger. Which rows exist at all is decided earlier, in loaders and services.
 */
export function guardSchema(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<any, HubContext> = field.resolve ?? defaultFieldResolver;
      const key = `${type.name}.${field.name}`;
      const mask = MASKERS[key];
      const isPerson = type.name === 'Person';
      field.resolve = (source, args, ctx, info) => {
        const access = ctx.access;
        if (!access.enabled) return resolve(source, args, ctx, info);
        const decision = access.fieldAccess(type.name, field.name);
        if (decision === 'DENY') throw forbidden(`your policy does not allow reading ${key}`);
        const purpose = field.name === 'identityNumber' ? statedPurpose(args) : undefined;
        if (isPerson)
          ctx.ledger.note((source as { id: string }).id, field.name, decision === 'CLEAR' ? purpose : undefined);
        const value = resolve(source, args, ctx, info);
        const clear = decision === 'READ' || (decision === 'CLEAR' && (field.name !== 'identityNumber' || purpose));
        if (clear || !mask) return value;
        return then(value, mask);
      };
    }
  }
  return schema;
}
