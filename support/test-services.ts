// Builds real BotServices the way adapters/main.ts does, for the tests and the stress run: a parsed config
// from a plain env object, a logger into memory, the bundled corpus, and a feedback store in a temporary
// folder. Compiled into dist/ (unlike test/), so that `node dist/bench/stress.js` can use it too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  type BotServices,
  createLogger,
  defaultCorpusDir,
  EmbeddedStore,
  LiveEngine,
  type Logger,
  parseConfig,
  secretsOf,
  silentLogger,
} from '../src/index.js';

export interface TestServicesOptions {
  /** Logger level; default `debug`. */
  level?: string;
  /** Redact the configured secrets from log lines, as adapters/main.ts does. Default false: a leak shows. */
  redactSecrets?: boolean;
  /** Keep every log line in `logs`. Default true; false keeps none (lean, for load), only `onLog` sees them. */
  record?: boolean;
  /** Called with each log line as pino writes it. */
  onLog?: (line: string) => void;
}

export interface TestServices {
  services: BotServices;
  /** Every log line, as pino wrote it (JSON); empty with `record: false`. */
  logs: string[];
  /** Parsed log lines with this `code`. */
  logged(code: string): Record<string, unknown>[];
  /** Removes the temporary data folder (the engine is the caller's to close). */
  cleanup(): void;
}

/** The bundled corpus, loaded once per test file. */
export async function startLive(logger: Logger = silentLogger()): Promise<LiveEngine> {
  const live = await LiveEngine.start(defaultCorpusDir, logger);
  if (!(live instanceof LiveEngine)) throw new Error('the bundled corpus does not load');
  return live;
}

function prepare(env: Record<string, string>, options: TestServicesOptions) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sovbot-'));
  // No cooldown unless a test asks for one: most tests ask several questions as one user.
  const parsed = parseConfig(
    { SOVBOT_DATA_DIR: dataDir, SOVBOT_COOLDOWN_SECONDS: '0', ...env },
    { corpusDir: defaultCorpusDir },
  );
  if (!parsed.ok) {
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(parsed.errors.join('\n'));
  }
  const { config } = parsed;
  const logs: string[] = [];
  const { record = true, onLog } = options;
  const logger = createLogger({
    level: options.level ?? 'debug',
    ...(options.redactSecrets ? { secrets: secretsOf(config) } : {}),
    destination: {
      write: (line: string) => {
        if (record) logs.push(line);
        onLog?.(line);
      },
    },
  });
  const assemble = (live: LiveEngine): TestServices => ({
    services: { config, logger, live, store: new EmbeddedStore(config.dataDir) },
    logs,
    logged: (code) =>
      logs.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.code === code),
    cleanup: () => rmSync(dataDir, { recursive: true, force: true }),
  });
  return { config, logger, assemble, dataDir };
}

/** Services around an engine the caller shares between tests (and closes). */
export function createTestServices(
  live: LiveEngine,
  env: Record<string, string>,
  options: TestServicesOptions = {},
): TestServices {
  return prepare(env, options).assemble(live);
}

/** Services with their own engine, started on the bundled corpus with the services' logger. */
export async function startTestServices(
  env: Record<string, string>,
  options: TestServicesOptions = {},
): Promise<TestServices> {
  const { config, logger, assemble, dataDir } = prepare(env, options);
  const live = await LiveEngine.start(config.corpusDir, logger, {
    maxQuestionLength: config.maxQuestionLength,
  }).catch((error: unknown) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  if (!(live instanceof LiveEngine)) {
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error('the bundled corpus does not load');
  }
  return assemble(live);
}
