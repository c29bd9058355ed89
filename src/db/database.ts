import { startEmbeddedDatabase } from './embedded';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  /** Pool size that is safe for this database (one for PGlite, which serves one query at a time). */
  poolMax: number;
  stop(): Promise<void>;
}

/** Uses DATABASE_URL when configured, else starts the embedded PGlite database in the data folder. */
export async function openDatabase(config: {
  url?: string;
  poolMax: number;
  dataDir: string;
}): Promise<DatabaseHandle> {
  if (config.url) {
    return { url: config.url, embedded: false, poolMax: config.poolMax, stop: async () => undefined };
  }
  const embedded = await startEmbeddedDatabase(config.dataDir);
  return { url: embedded.url, embedded: true, poolMax: 1, stop: () => embedded.stop() };
}
