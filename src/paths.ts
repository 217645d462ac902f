import { fileURLToPath } from 'node:url';

/** The corpus bundled with sovbot, whether running from `src/` (tests) or `dist/src/` (built). */
export const defaultCorpusDir = fileURLToPath(
  new URL(import.meta.url.includes('/dist/') ? '../../corpus' : '../corpus', import.meta.url),
);
