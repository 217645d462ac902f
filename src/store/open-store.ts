import type { Config } from '../config.js';
import { EmbeddedStore } from './embedded-store.js';
import type { StateStore } from './state-store.js';

/**
 * The configured store: PostgreSQL when `SOVBOT_DATABASE_URL` is set (pending migrations applied),
 * else the embedded store in `SOVBOT_DATA_DIR`. Throws at start-up when the database is unreachable.
 */
export async function openStore(config: Pick<Config, 'dataDir' | 'databaseUrl'>): Promise<StateStore> {
  if (config.databaseUrl === undefined) return new EmbeddedStore(config.dataDir);
  // Loaded only when configured: the embedded default never loads the PostgreSQL client.
  const { PostgresStore } = await import('./postgres-store.js');
  try {
    return await PostgresStore.open(config.databaseUrl);
  } catch (error) {
    throw new Error(
      `SOVBOT_DATABASE_URL: cannot open the PostgreSQL store (${(error as Error).message}). Check the URL and that the server is up.`,
      { cause: error },
    );
  }
}
