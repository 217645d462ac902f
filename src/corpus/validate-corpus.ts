import path from 'node:path';
import { type Document, isNode, LineCounter, parseDocument, visit, type YAMLError } from 'yaml';
import type { z } from 'zod';
import {
  byPlace,
  type CorpusProblem,
  dealsFolder,
  hashFiles,
  type LoadCorpusOptions,
  type LoadResult,
} from './corpus.js';
import { needsFrenchAmount } from './needs-french-amount.js';
import { skeletonPlaceholders } from './new-deal.js';
import { type Deal, dealSchema } from './schema.js';
import { findStalePlans } from './stale-plans.js';

// The slow part of loading (YAML with line numbers, zod): imported only when a corpus must be validated.

interface ParsedFile {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** What the cross-file checks need, read leniently so they run even when the schema check failed. */
  shape: DealShape;
}

interface DealShape {
  id: string | undefined;
  date: string | undefined;
  reviewed: string | undefined;
  related: unknown[];
  facts: Array<{ id: unknown; sources: unknown[] }>;
  sources: Array<{ id: unknown }>;
}

function readShape(raw: unknown): DealShape {
  const record = (value: unknown): Record<string, unknown> =>
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  const deal = record(raw);
  return {
    id: typeof deal.id === 'string' ? deal.id : undefined,
    date: deal.date === undefined || deal.date === null ? undefined : String(deal.date),
    reviewed: deal.reviewed === undefined || deal.reviewed === null ? undefined : String(deal.reviewed),
    related: list(deal.related),
    facts: list(deal.facts).map((f) => ({ id: record(f).id, sources: list(record(f).sources) })),
    sources: list(deal.sources).map((s) => ({ id: record(s).id })),
  };
}

/** Validates already-read files; the pure part of {@link loadCorpus}. */
export function validateCorpusFiles(
  dir: string,
  files: ReadonlyArray<{ file: string; source: string }>,
  options: LoadCorpusOptions = {},
): LoadResult {
  const problems: CorpusProblem[] = [];
  const warnings: CorpusProblem[] = [];
  const parsed: ParsedFile[] = [];
  const deals: Deal[] = [];

  if (files.length === 0) {
    problems.push({
      severity: 'error',
      file: dealsFolder(dir),
      line: 1,
      field: '(folder)',
      message: 'the corpus has no deal files',
      hint: 'Add at least one deals/<deal-id>.yaml file (npx sovbot corpus new <deal-id> writes a skeleton)',
    });
  }

  for (const { file, source } of files) {
    const lines = new LineCounter();
    const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const error of doc.errors) problems.push(syntaxProblem(file, source, doc, lines, error));
      continue;
    }
    const raw: unknown = doc.toJS();
    const left = placeholderProblems(file, doc, lines, raw, []);
    problems.push(...left);
    const result = dealSchema.safeParse(raw);
    if (!result.success) problems.push(...schemaProblems(file, doc, lines, result.error));
    else if (left.length === 0) deals.push(result.data);
    parsed.push({ file, doc, lines, shape: readShape(raw) });
  }

  const now = options.now ?? new Date();
  crossCheck(parsed, problems, warnings, now);
  warnings.push(...stalePlanWarnings(parsed, deals, now));
  warnings.push(...untranslatedAmountWarnings(parsed, deals));
  warnings.push(...untranslatedPartiesWarnings(parsed, deals));

  problems.sort(byPlace);
  warnings.sort(byPlace);
  if (problems.length > 0) return { ok: false, problems, warnings };
  return {
    ok: true,
    warnings,
    corpus: {
      dir,
      deals,
      version: hashFiles(files),
      reviewedUntil:
        deals
          .map((d) => d.reviewed)
          .sort()
          .at(-1) ?? '',
      factCount: deals.reduce((n, d) => n + d.facts.length, 0),
      sourceCount: deals.reduce((n, d) => n + d.sources.length, 0),
    },
  };
}

/** A warning per fact announcing a plan whose date has passed with no later fact on its deal. */
function stalePlanWarnings(
  parsed: readonly ParsedFile[],
  deals: readonly Deal[],
  now: Date,
): CorpusProblem[] {
  const fileOf = new Map(parsed.map((p) => [p.shape.id, p]));
  return findStalePlans(deals, now.toISOString().slice(0, 10)).flatMap((plan) => {
    const at = fileOf.get(plan.dealId);
    if (at === undefined) return [];
    return [
      {
        severity: 'warning' as const,
        file: at.file,
        line: lineOf(at.doc, at.lines, ['facts', plan.factIndex, 'text']),
        field: formatPath(['facts', plan.factIndex, 'text']),
        message: `plan past its date (due by ${plan.due}, no later fact on this deal): ${plan.factId}`,
        value: showValue(plan.phrase),
        hint: `Add a fact saying what happened (with asOf), or reword this one as a past plan, e.g. "In <year> … aimed for …; no outcome is recorded as of ${now.toISOString().slice(0, 7)}"`,
      },
    ];
  });
}

/**
 * A warning per value whose amount is English prose with no French version: French answers would show it
 * as is ("about GBP 450m" in a French sentence). A warning, not an error, so a new deal loads before it is
 * translated.
 */
function untranslatedAmountWarnings(parsed: readonly ParsedFile[], deals: readonly Deal[]): CorpusProblem[] {
  const fileOf = new Map(parsed.map((p) => [p.shape.id, p]));
  return deals.flatMap((deal) => {
    const at = fileOf.get(deal.id);
    if (at === undefined || deal.value === undefined) return [];
    if (deal.value.amount_fr !== undefined || !needsFrenchAmount(deal.value.amount)) return [];
    return [
      {
        severity: 'warning' as const,
        file: at.file,
        line: lineOf(at.doc, at.lines, ['value', 'amount']),
        field: formatPath(['value', 'amount_fr']),
        message: 'amount in words with no French version',
        value: showValue(deal.value.amount),
        hint: 'Add value.amount_fr: the same amount in French, with the same figures, currency and dates (e.g. "environ 450 M GBP", "non divulgué")',
      },
    ];
  });
}

/** Two lower-case words in a row: a description ("public bodies"), not a proper name ("Google Cloud"). */
const DESCRIPTIVE = /\b\p{Ll}{3,}\s+\p{Ll}{3,}/u;

/**
 * A warning per side whose names describe rather than name ("French public bodies") with no French list:
 * French answers would show them in English. A warning, so a new deal loads before it is translated.
 */
function untranslatedPartiesWarnings(parsed: readonly ParsedFile[], deals: readonly Deal[]): CorpusProblem[] {
  const fileOf = new Map(parsed.map((p) => [p.shape.id, p]));
  return deals.flatMap((deal) => {
    const at = fileOf.get(deal.id);
    if (at === undefined) return [];
    return (['customers', 'providers'] as const).flatMap((side) => {
      // What a row shows: the name without its bracketed remark ("Oracle (two planned regions)" is Oracle).
      const described = deal[side].find((name) => DESCRIPTIVE.test(name.replace(/\s*\([^)]*\)/gu, '')));
      if (deal[`${side}_fr`] !== undefined || described === undefined) return [];
      return [
        {
          severity: 'warning' as const,
          file: at.file,
          line: lineOf(at.doc, at.lines, [side]),
          field: `${side}_fr`,
          message: `${side} described in words with no French version`,
          value: showValue(described),
          hint: `Add ${side}_fr: the same list in French, name for name (proper names unchanged)`,
        },
      ];
    });
  });
}

function crossCheck(parsed: ParsedFile[], problems: CorpusProblem[], warnings: CorpusProblem[], now: Date) {
  const dealIds = new Map<string, string>();
  const factIds = new Map<string, string>();
  const staleBefore = new Date(now);
  staleBefore.setUTCFullYear(staleBefore.getUTCFullYear() - 1);
  const staleMark = staleBefore.toISOString().slice(0, 10);
  const today = now.toISOString().slice(0, 10);

  for (const { file, doc, lines, shape: deal } of parsed) {
    const at = (fieldPath: ReadonlyArray<string | number>) => lineOf(doc, lines, fieldPath);
    const problem = (fieldPath: Array<string | number>, message: string, value: unknown, hint: string) =>
      problems.push({
        severity: 'error',
        file,
        line: at(fieldPath),
        field: formatPath(fieldPath),
        message,
        value: showValue(value),
        hint,
      });

    if (file.endsWith('.yml')) {
      warnings.push({
        severity: 'warning',
        file,
        line: 1,
        field: '(file)',
        message: 'file name ends in .yml',
        hint: `Rename it to ${path.basename(file).replace(/\.yml$/, '.yaml')}: every deal file is <deal-id>.yaml`,
      });
    }
    for (const field of ['date', 'reviewed'] as const) {
      const value = field === 'date' ? deal.date : deal.reviewed;
      if (value !== undefined && startOf(value) > today) {
        warnings.push({
          severity: 'warning',
          file,
          line: at([field]),
          field,
          message: `date in the future (today is ${today})`,
          value: showValue(value),
          hint:
            field === 'date'
              ? 'Write the date the deal happened or was announced, not a planned one (say plans in a fact)'
              : 'Write the date you checked the entry against its sources: today or earlier',
        });
      }
    }
    const expected = path.basename(file).replace(/\.ya?ml$/, '');
    if (deal.id !== undefined && deal.id !== expected) {
      problem(
        ['id'],
        `id does not match the file name "${expected}"`,
        deal.id,
        `Rename the file to ${deal.id}.yaml or set id: ${expected}`,
      );
    }
    const otherDeal = deal.id === undefined ? undefined : dealIds.get(deal.id);
    if (otherDeal !== undefined) {
      problem(['id'], `duplicate deal id, also used in ${otherDeal}`, deal.id, 'Give each deal its own id');
    } else if (deal.id !== undefined) {
      dealIds.set(deal.id, file);
    }

    const sourceIds = new Set<unknown>();
    deal.sources.forEach((source, i) => {
      if (source.id !== undefined && sourceIds.has(source.id)) {
        problem(
          ['sources', i, 'id'],
          'duplicate source id in this deal',
          source.id,
          'Give each source its own id',
        );
      }
      sourceIds.add(source.id);
    });

    const cited = new Set<unknown>();
    deal.facts.forEach((fact, i) => {
      if (typeof fact.id !== 'string') return;
      const otherFact = factIds.get(fact.id);
      if (otherFact !== undefined) {
        problem(
          ['facts', i, 'id'],
          `duplicate fact id, also used in ${otherFact}`,
          fact.id,
          'Fact ids must be unique in the whole corpus: prefix them with a short deal name',
        );
      } else {
        factIds.set(fact.id, file);
      }
      fact.sources.forEach((sourceId, j) => {
        cited.add(sourceId);
        if (!sourceIds.has(sourceId)) {
          problem(
            ['facts', i, 'sources', j],
            'unknown source',
            sourceId,
            `Define a source with id: ${sourceId} under sources, or cite one of: ${[...sourceIds].join(', ')}`,
          );
        }
      });
    });

    deal.sources.forEach((source, i) => {
      if (!cited.has(source.id)) {
        warnings.push({
          severity: 'warning',
          file,
          line: at(['sources', i, 'id']),
          field: formatPath(['sources', i]),
          message: 'source cited by no fact',
          value: showValue(source.id),
          hint: 'Cite it from the fact it backs, or remove it',
        });
      }
    });

    if (deal.reviewed !== undefined && deal.reviewed < staleMark) {
      warnings.push({
        severity: 'warning',
        file,
        line: at(['reviewed']),
        field: 'reviewed',
        message: 'entry not reviewed in the last 12 months',
        value: showValue(deal.reviewed),
        hint: 'Check its facts against the sources, then update reviewed',
      });
    }
  }

  // Links between deals can only be checked once every deal is known.
  for (const { file, doc, lines, shape } of parsed) {
    shape.related.forEach((relatedId, i) => {
      if (typeof relatedId === 'string' && !dealIds.has(relatedId)) {
        problems.push({
          severity: 'error',
          file,
          line: lineOf(doc, lines, ['related', i]),
          field: formatPath(['related', i]),
          message: 'unknown related deal',
          value: showValue(relatedId),
          hint: 'Use the id (file name without .yaml) of a deal in corpus/deals',
        });
      }
    });
  }
}

const syntaxHints: Record<string, string> = {
  TAB_AS_INDENT: 'Indent with spaces, not tabs',
  BAD_INDENT: 'Line this item up with the other items of its list or mapping (same number of spaces)',
  MISSING_CHAR: 'Check the indentation: each field of a list item lines up under the first one',
  BLOCK_AS_IMPLICIT_KEY:
    'Quote the text: a value containing ": " must be written in quotes, e.g. text: "Bleu: the joint venture"',
  MULTILINE_IMPLICIT_KEY: 'Put a space after the colon, or quote text that contains ": "',
  DUPLICATE_KEY: 'Keep one of the two fields with this name',
};

/**
 * A YAML syntax error at the parser's own line and column, with the line quoted. An unclosed quote is
 * reported where the quote opens: the parser only notices it at the end of the file.
 */
function syntaxProblem(
  file: string,
  source: string,
  doc: Document.Parsed,
  lines: LineCounter,
  error: YAMLError,
): CorpusProblem {
  let offset = error.pos[0];
  // An unclosed quote or bracket is only noticed where the text ends: point at where it opens instead.
  const unclosedQuote = error.code === 'MISSING_CHAR' && error.message.includes('quote');
  const unclosedBracket = /end with an? [\]}]/.test(error.message);
  if (unclosedQuote || unclosedBracket) {
    const opens = (node: { range?: [number, number, number] | null | undefined }) => {
      const [start, , end] = node.range ?? [0, 0, 0];
      if (start < offset && offset <= end) offset = start;
    };
    visit(doc, {
      Scalar: (_key, node) => (unclosedQuote && node.type?.startsWith('QUOTE') ? opens(node) : undefined),
      Seq: (_key, node) => (unclosedBracket && node.flow ? opens(node) : undefined),
      Map: (_key, node) => (unclosedBracket && node.flow ? opens(node) : undefined),
    });
  }
  // An error at the very end of the file points past the last line: show the last line with text instead.
  while (offset > 0 && /^\s*$/.test(lineAt(source, lines, offset))) offset -= 1;
  const { line, col } = lines.linePos(offset);
  return {
    severity: 'error',
    file,
    line,
    column: col,
    field: '(yaml)',
    message: `YAML syntax error: ${error.message.split('\n')[0] ?? error.code}`,
    excerpt: lineAt(source, lines, offset).replace(/\t/g, '→'),
    hint: unclosedQuote
      ? 'Close the quote on this line, or leave the text unquoted if it needs no quotes'
      : unclosedBracket
        ? 'Close the bracket opened here, or write the list one "- item" per line'
        : (syntaxHints[error.code] ??
          'Fix the YAML syntax: check indentation, colons and quotes around text'),
  };
}

/** The whole line holding `offset`, without its line break. */
function lineAt(source: string, lines: LineCounter, offset: number): string {
  const { line } = lines.linePos(offset);
  const start = lines.lineStarts[line - 1] ?? 0;
  const end = lines.lineStarts[line] ?? source.length;
  return source.slice(start, end).replace(/\r?\n$/, '');
}

/** Every example value of the `corpus new` skeleton still in the entry, each by field. */
function placeholderProblems(
  file: string,
  doc: Document.Parsed,
  lines: LineCounter,
  value: unknown,
  at: Array<string | number>,
): CorpusProblem[] {
  if (typeof value === 'string') {
    const hint = skeletonPlaceholders.get(value.trim());
    if (hint === undefined) return [];
    return [
      {
        severity: 'error',
        file,
        line: lineOf(doc, lines, at),
        field: formatPath(at),
        message: 'example value from corpus new still to fill',
        value: showValue(value),
        hint,
      },
    ];
  }
  if (Array.isArray(value))
    return value.flatMap((item, i) => placeholderProblems(file, doc, lines, item, [...at, i]));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) =>
      placeholderProblems(file, doc, lines, item, [...at, key]),
    );
  return [];
}

function schemaProblems(
  file: string,
  doc: Document.Parsed,
  lines: LineCounter,
  error: z.ZodError,
): CorpusProblem[] {
  const problems: CorpusProblem[] = [];
  for (const issue of error.issues) {
    const issuePath = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          severity: 'error',
          file,
          line: lineOf(doc, lines, [...issuePath, key]),
          field: formatPath([...issuePath, key]),
          message: 'unknown field',
          hint: 'Remove it or check its spelling (see corpus/README.md for the fields)',
        });
      }
      continue;
    }
    const present = doc.hasIn(issuePath);
    const value = present ? doc.getIn(issuePath) : undefined;
    const missing = !present && issue.code === 'invalid_type';
    problems.push({
      severity: 'error',
      file,
      line: lineOf(doc, lines, issuePath),
      field: formatPath(issuePath),
      message: missing
        ? 'required field is missing'
        : issue.code === 'invalid_value'
          ? 'not an allowed value'
          : issue.message,
      ...(present ? { value: showValue(isNode(value) ? value.toJSON() : value) } : {}),
      hint: hintFor(issue, missing),
    });
  }
  return problems;
}

function hintFor(issue: z.core.$ZodIssue, missing: boolean): string {
  if (missing) return 'Add the field (see corpus/README.md)';
  switch (issue.code) {
    case 'invalid_value':
      return `Use one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      return `Write it as ${issue.expected === 'array' ? 'a list (- item per line)' : `a ${issue.expected}`}`;
    case 'too_small':
      return 'Add the missing content';
    case 'invalid_format':
      if (issue.message === 'the address contains a space')
        return 'Remove the space from the address (a space inside a URL is written %20)';
      return issue.format === 'url' ? 'Write the full address, starting with https://' : 'Fix the format';
    default:
      return issue.message.startsWith('impossible date') || issue.message.includes('YYYY')
        ? 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD'
        : 'Fix the value';
  }
}

/** Line of the node at `fieldPath`, or of its nearest parent that exists. */
function lineOf(doc: Document.Parsed, lines: LineCounter, fieldPath: ReadonlyArray<string | number>): number {
  for (let n = fieldPath.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(fieldPath.slice(0, n), true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}

/** First day of a partial date: `2027` → `2027-01-01`, `2026-12` → `2026-12-01`. */
function startOf(date: string): string {
  return `${date}-01-01`.slice(0, 10);
}

/** `['facts', 2, 'sources', 0]` → `facts[2].sources[0]`. */
export function formatPath(fieldPath: ReadonlyArray<string | number>): string {
  if (fieldPath.length === 0) return '(entry)';
  return fieldPath.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function showValue(value: unknown): string {
  const shown = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value ?? null);
  return shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
}
