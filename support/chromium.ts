// Headless Chromium for the coverage page's browser test and its screenshot script: Debian's `chromium`
// package (installed by .ci/run when missing) driven by playwright-core, which ships no browser.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser; SOVBOT_CHROMIUM overrides it. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [env.SOVBOT_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((file): file is string => file !== undefined && file !== '' && existsSync(file));
}

// Nothing the browser does on its own (updates, sync, field trials, QUIC probes) may reach the network.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface OpenBrowser {
  context: BrowserContext;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/** Launches Chromium with a fresh, throw-away profile. */
export async function launchChromium(executablePath: string): Promise<OpenBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'sovbot-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
