import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The browser bundle of Chart.js as installed in node_modules, to inline into the coverage page.
 * chart.js's package `exports` do not list `dist/chart.umd.min.js`, so the file is found next to the
 * package's CommonJS entry point (`dist/chart.cjs`) rather than resolved by name.
 */
export async function readChartLibrary(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve('chart.js');
  return readFile(path.join(path.dirname(entry), 'chart.umd.min.js'), 'utf8');
}
