import { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import gql from 'graphql-tag';

/**
 * A small department subgraph, as a civil-affairs system would publish one: it extends the hub's
 * `Person` with a field of its own and contributes a root query returning people by id.
 */
export async function startDepartmentSubgraph(
  pensioners: Record<string, string>,
): Promise<{ url: string; stop(): Promise<void> }> {
  const typeDefs = gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Person @key(fields: "id") {
      id: ID!
      "养老金状态 pension status, kept by the department"
      pensionStatus: String
    }
    type Query {
      pensioners: [Person!]!
    }
  `;
  const resolvers = {
    Query: { pensioners: () => Object.keys(pensioners).map((id) => ({ id })) },
    Person: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      pensionStatus: (person: { id: string }) => pensioners[person.id] ?? null,
    },
  };
  const server = new ApolloServer({ schema: buildSubgraphSchema([{ typeDefs, resolvers }]) });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}

export type { AddressInfo };
