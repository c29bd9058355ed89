import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildHubSchema, printHubSchema } from '../graphql/schema';

/** `npm run schema:emit`: writes the subgraph SDL to schema/schema.graphql (committed; a test fails on drift). */
async function main(): Promise<void> {
  const file = join(__dirname, '..', '..', 'schema', 'schema.graphql');
  writeFileSync(file, printHubSchema(await buildHubSchema()));
  console.log(`wrote ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
