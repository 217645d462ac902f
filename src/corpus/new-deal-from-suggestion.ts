import { readFile, writeFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { printable } from '../printable.js';
import type { Suggestion } from '../store/state-store.js';
import { type NewDealResult, writeDealSkeleton } from './new-deal.js';

/**
 * `sovbot corpus new <id> --from-suggestion <n>`: the skeleton of `writeDealSkeleton`, with the
 * suggested link as its first source and the suggestion quoted in a comment at the top. Only an
 * open suggestion of a new deal: a correction is made in the deal's own file.
 */
export async function writeDealFromSuggestion(
  dir: string,
  id: string,
  suggestion: Suggestion,
  today = new Date().toISOString().slice(0, 10),
): Promise<NewDealResult> {
  if (suggestion.kind === 'correction') {
    const files = suggestion.dealIds.map((deal) => `corpus/deals/${deal}.yaml`).join(', ');
    return {
      ok: false,
      error: `suggestion #${suggestion.id} is a correction${files === '' ? '' : ` of ${files}`}, not a new deal. Edit that file, then run npx sovbot suggestions close ${suggestion.id}`,
    };
  }
  if (suggestion.status === 'closed')
    return {
      ok: false,
      error: `suggestion #${suggestion.id} is closed. Run npx sovbot report to see the open ones`,
    };
  const written = await writeDealSkeleton(dir, id, today);
  if (!written.ok) return written;
  const doc = parseDocument(await readFile(written.file, 'utf8'));
  // The link was checked when it was suggested (one http(s) address); the YAML library quotes it.
  doc.setIn(['sources', 0, 'url'], suggestion.link);
  const quoted = [
    `From suggestion #${suggestion.id} (${suggestion.platform}, ${suggestion.at.slice(0, 10)}): ${printable(suggestion.what, { oneLine: true })}`,
    ...(suggestion.note === undefined ? [] : [`Note: ${printable(suggestion.note, { oneLine: true })}`]),
    'Check the source yourself before writing any fact from it.',
  ].map((line) => ` ${line}`);
  doc.commentBefore = [...quoted, doc.commentBefore ?? ''].join('\n');
  await writeFile(written.file, doc.toString());
  return written;
}
