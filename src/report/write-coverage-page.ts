import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type CoverageData, renderCoverageHtml } from './render-html.js';

/**
 * The browser bundle of Chart.js as installed in node_modules, to inline into the coverage page.
 * chart.js's package `exports` do not list `dist/chart.umd.min.js`, so the file is found next to the
 * package's CommonJS entry point (`dist/chart.cjs`) rather than resolved by name.
 */
export async function readChartLibrary(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve('chart.js');
  return readFile(path.join(path.dirname(entry), 'chart.umd.min.js'), 'utf8');
}

/** Renders the coverage page with the installed Chart.js inlined and writes it to `file`. */
export async function writeCoveragePage(file: string, data: CoverageData): Promise<void> {
  await writeFile(file, renderCoverageHtml(data, { chartLibrary: await readChartLibrary() }));
}
