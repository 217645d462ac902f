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

/**
 * The folder a configuration variable names (SOVBOT_CORPUS_DIR, SOVBOT_DATA_DIR): relative to `root` (the
 * sovbot folder), `fallback` when unset or blank. Apart from config.ts, whose zod takes ~60 ms to load, so
 * that `sovbot ask` finds its corpus without it.
 */
export function configuredFolder(
  value: string | undefined,
  fallback: string,
  root: string = projectRoot,
): string {
  const named = value?.trim();
  return named === undefined || named === '' ? fallback : path.resolve(root, named);
}
