import { fileURLToPath } from 'node:url';

/** The corpus bundled with sovbot, whether running from `src/` (tests) or `dist/src/` (built). */
export const defaultCorpusDir = fileURLToPath(
  // Only this module's own place counts: a checkout under some other ".../dist/..." folder must still work.
  new URL(import.meta.url.endsWith('/dist/src/paths.js') ? '../../corpus' : '../corpus', import.meta.url),
);
