/**
 * Text safe to print on a terminal: control characters a user could have typed into a stored question
 * or a file (ESC sequences that recolour, retitle or rewrite the screen, BEL, C1 controls such as CSI,
 * DEL, bidirectional overrides) are written out as visible escapes (`\x1b`, `\u202e`) instead.
 * Line breaks and tabs are kept unless `oneLine` is set, for text that must stay on its line (a question
 * in a report row). JSON output needs none of this: JSON.stringify already escapes C0 controls, and JSON
 * must keep the text exact.
 */
export function printable(text: string, { oneLine = false }: { oneLine?: boolean } = {}): string {
  return text.replace(oneLine ? unsafeInLine : unsafe, (char) => {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

// C0 controls but line feed and tab, DEL, C1 controls, and the bidirectional embedding, override and
// isolate marks (which reorder what follows them on screen).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this module's purpose
const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this module's purpose
const unsafeInLine = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON.stringify, with the characters it leaves raw that a terminal may act on (DEL, C1 controls,
 * bidirectional marks, line and paragraph separators) written as \\u escapes: the same JSON value, byte
 * for byte what a parser reads back, but inert on screen.
 */
export function printableJson(
  value: unknown,
  replacer?: (key: string, value: unknown) => unknown,
  space?: number,
): string {
  return JSON.stringify(value, replacer, space).replace(
    rawInJson,
    (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

// Outside strings JSON holds only ASCII punctuation, digits, letters and whitespace, so these can only be
// inside strings, where a \\u escape means the same character.
const rawInJson = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
