import { mkdirSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedDatabase {
  /** A postgres:// URL the ORM connects to, as to any PostgreSQL server. */
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) on a folder and serves it over the
 * PostgreSQL wire protocol on a loopback port, so the hub talks to it exactly as to a real server.
 * PGlite runs one query at a time: the ORM must use a pool of one connection with it.
 */
export async function startEmbeddedDatabase(dataRoot: string): Promise<EmbeddedDatabase> {
  const dataDir = resolve(join(dataRoot, 'pglite'));
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir });
  const port = await freePort();
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: 4 });
  await server.start();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    dataDir,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
