// `npm run coverage:screenshot [-- --data DIR] [-- --out FILE]`: writes the coverage page of the real corpus
// with `sovbot report --html`, opens it in headless Chromium and saves a full-page screenshot
// (docs/coverage.png by default, the one the docs show). Feedback comes from --data when given; without
// it an empty folder is used, so the picture shows the corpus and no invented questions.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { findChromium, launchChromium } from '../support/chromium.js';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

const out = path.resolve(option('--out') ?? path.join('docs', 'coverage.png'));
const work = mkdtempSync(path.join(tmpdir(), 'sovbot-coverage-shot-'));
const data = option('--data') ?? path.join(work, 'data');
const page = path.join(work, 'coverage.html');
const executable = findChromium();
if (executable === undefined) {
  console.error(
    'coverage-screenshot: no Chromium found ($SOVBOT_CHROMIUM, /usr/bin/chromium). Install it: apt-get install chromium',
  );
  process.exit(1);
}

try {
  await promisify(execFile)('node', [
    path.join('dist', 'src', 'cli.js'),
    'report',
    '--html',
    page,
    '--data',
    data,
  ]);
  const browser = await launchChromium(executable);
  try {
    const tab = await browser.context.newPage();
    const errors: string[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(pathToFileURL(page).href);
    // A string, not a function: bench/ is compiled without the DOM's types.
    await tab.waitForFunction('document.documentElement.dataset.charts !== undefined');
    await tab.screenshot({ path: out, fullPage: true });
    if (errors.length > 0)
      throw new Error(`coverage-screenshot: the page logged errors: ${errors.join('; ')}`);
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
