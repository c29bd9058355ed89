import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';

/** The scalars the hub publishes, chosen once: `Date` fields are ISO 8601 date-times in UTC. */
export const SCALARS_MAP: { type: Function; scalar: GraphQLScalarType }[] = [
  { type: Date, scalar: GraphQLDateTimeISO },
];
