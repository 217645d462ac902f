import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The sovbot folder (holding package.json), whether running from `src/` (tests) or `dist/src/` (built).
 * Relative paths in the configuration are read from here, never from wherever a command was started.
 */
export const projectRoot = fileURLToPath(
  // Only this module's own place counts: a checkout under some other ".../dist/..." folder must still work.
  new URL(import.meta.url.endsWith('/dist/src/paths.js') ? '../../' : '../', import.meta.url),
);

/** The corpus bundled with sovbot. */
export const defaultCorpusDir = path.join(projectRoot, 'corpus');

/** Where feedback and unanswered questions are kept unless SOVBOT_DATA_DIR says otherwise. */
export const defaultDataDir = path.join(projectRoot, 'data');

/** The `.env` file that `npm start` and `npx sovbot` both read (SOVBOT_ENV_FILE names another). */
export const defaultEnvFile = path.join(projectRoot, '.env');
