// Builds real BotServices for Slack tests: parsed config, a logger that keeps every line (unredacted,
// so a leak would show), the bundled corpus, and a feedback store in a temporary folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  type BotServices,
  createLogger,
  defaultCorpusDir,
  FeedbackStore,
  LiveEngine,
  parseConfig,
  silentLogger,
} from '../../src/index.js';

export interface TestServices {
  services: BotServices;
  /** Every log line, as pino wrote it (JSON). */
  logs: string[];
  /** Parsed log lines with this `code`. */
  logged(code: string): Record<string, unknown>[];
  cleanup(): void;
}

/** The bundled corpus, loaded once per test file. */
export async function startLive(): Promise<LiveEngine> {
  const live = await LiveEngine.start(defaultCorpusDir, silentLogger());
  if (!(live instanceof LiveEngine)) throw new Error('the bundled corpus does not load');
  return live;
}

export function createTestServices(live: LiveEngine, env: Record<string, string>): TestServices {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sovbot-'));
  const parsed = parseConfig({ SOVBOT_DATA_DIR: dataDir, ...env }, { corpusDir: defaultCorpusDir });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const logs: string[] = [];
  // No `secrets` here on purpose: the adapter itself must never log them.
  const logger = createLogger({
    level: 'debug',
    destination: { write: (line: string) => void logs.push(line) },
  });
  const services: BotServices = { config: parsed.config, logger, live, store: new FeedbackStore(dataDir) };
  return {
    services,
    logs,
    logged: (code) =>
      logs.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.code === code),
    cleanup: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
