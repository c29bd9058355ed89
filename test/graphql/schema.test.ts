import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildHubSchema, printHubSchema } from '../../src/graphql/schema';

describe('the committed SDL', () => {
  it('matches the schema the code builds (run `npm run schema:emit` after changing it)', async () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
    expect(printHubSchema(await buildHubSchema())).toBe(committed);
  });

  it('declares every shared entity as a federation key', async () => {
    const sdl = printHubSchema(await buildHubSchema());
    for (const type of ['Person', 'House', 'Organization', 'Event', 'Grid', 'Region']) {
      expect(sdl).toMatch(new RegExp(`type ${type}\\s+@key\\(fields: "id"\\)`));
    }
  });
});
