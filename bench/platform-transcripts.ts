// `npm run transcripts [-- --out FILE]`: asks a few questions of the real Slack and Discord adapters, each
// against its fake platform on 127.0.0.1, and writes what they sent back to docs/platforms.md (or FILE).
// Nothing leaves the host: the fakes stand in for slack.com and discord.com, and the page says so.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { captureTranscripts } from './transcripts/capture-transcripts.js';
import { renderTranscripts } from './transcripts/render-transcripts.js';

if (process.argv.includes('--help')) {
  console.log('usage: npm run transcripts [-- --out FILE]   (default docs/platforms.md)');
  process.exit(0);
}
const outIndex = process.argv.indexOf('--out');
const out = path.resolve(
  outIndex === -1 ? path.join('docs', 'platforms.md') : (process.argv[outIndex + 1] ?? ''),
);

try {
  const transcripts = await captureTranscripts();
  writeFileSync(out, renderTranscripts(transcripts));
  console.error(`transcripts: ${transcripts.length} answers captured from the fakes, written to ${out}`);
} catch (error) {
  console.error(`transcripts: the capture failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
