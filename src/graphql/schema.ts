import { GraphQLSchema, lexicographicSortSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { buildSchema, createResolversMap } from 'type-graphql';
import { REFERENCE_RESOLVERS, RESOLVERS } from './resolvers';
import { SCALARS_MAP } from './scalars';
import { guardSchema } from '../access/field-guard';
import { alertBus } from '../domain/alerts/alert-bus';

const FEDERATION_LINK = `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires", "@provides"])
`;

/**
 * Builds the hub's Apollo Federation 2 subgraph schema from the type-graphql resolvers: the
 * code-first schema is printed with its `@key` directives, then rebuilt by @apollo/subgraph with
 * the same resolvers plus the reference resolvers behind `_entities`, and every field is put
 * behind the access policy guard.
 */
export async function buildHubSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    scalarsMap: SCALARS_MAP,
    validate: false,
    emitSchemaFile: false,
    skipCheck: true,
    pubSub: alertBus,
  });
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [type, reference] of Object.entries(REFERENCE_RESOLVERS)) {
    resolvers[type] = { ...(resolvers[type] ?? {}), ...reference };
  }
  const subgraph = buildSubgraphSchema([
    {
      typeDefs: gql(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`),
      resolvers: resolvers as never,
    },
  ]);
  // Every field, whatever path reaches it (_entities included), goes through the request's policy.
  return guardSchema(subgraph);
}

/** The SDL committed in schema/schema.graphql: the subgraph schema, sorted so diffs stay readable. */
export function printHubSchema(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(lexicographicSortSchema(schema)).trim()}\n`;
}
