// Pure rendering: an engine Answer (or one of sovbot's own sentences) → a Slack message with Block Kit
// blocks and a plain `text` fallback. No I/O here, so every limit and every escape is unit-testable.
import type { types } from '@slack/bolt';
import {
  type Answer,
  type Answered,
  type Citation,
  type CorpusStatus,
  type Correction,
  citationMarks,
  type DealChange,
  followSummaryText,
  hasRows,
  isListAnswer,
  type Lang,
  matchedCount,
  matchedText,
  messages,
  moreText,
  type NoAnswer,
  noAnswerText,
  type ReloadResult,
  type RowView,
  renderSentence,
  rowViews,
  type StateStore,
  truncate,
  withdrawnText,
} from '../../src/index.js';

/** What chat.postMessage and respond() take: blocks plus the fallback shown in notifications. */
export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

/** Slack's documented limits (Block Kit reference). */
export const slackLimits = {
  /** Characters in one section's text. */
  sectionText: 3000,
  /** Blocks in one message. */
  blocks: 50,
  /** Elements in one context block. */
  contextElements: 10,
  /** Fields in one section. */
  sectionFields: 10,
  /** Characters in one section field. */
  fieldText: 2000,
  /** Characters in a button's value. */
  buttonValue: 2000,
  /** Characters in a button's label. */
  buttonText: 75,
  /** Characters in the top-level `text`: Slack allows 40,000, but the fallback is a notification line. */
  fallbackText: 3000,
} as const;

/** action_ids of sovbot's buttons; handlers.ts listens for the same ids. */
export const actionIds = {
  voteUp: 'sovbot_vote_up',
  voteDown: 'sovbot_vote_down',
  share: 'sovbot_share',
  /** Prefix: one button per suggested deal, `sovbot_suggest_0`, `sovbot_suggest_1`, … (ids are unique per block). */
  suggest: 'sovbot_suggest_',
} as const;

/** sovbot's own words on Slack, in both languages. */
export const slackText = {
  en: {
    share: 'Share in channel',
    up: '👍 Helpful',
    down: '👎 Not helpful',
    thanks: 'Thanks for the feedback!',
    slowDown: 'Slow down a little: you can ask again in {seconds} s.',
    store: 'store',
    failed: 'Sorry, something went wrong on my side; please try again in a moment.',
    followRefused: 'Sorry, following a deal is for sovbot’s maintainers only (SOVBOT_MAINTAINERS).',
    followWhere: 'Follow a deal from the channel that should get its updates.',
    followUnknown: 'No deal matches that name. Try `/sovereignty follow` with a deal title or alias.',
    followed: 'This channel now follows “{}”: a summary is posted here when it changes.',
    alreadyFollowed: 'This channel already follows “{}”.',
    unfollowed: 'This channel no longer follows “{}”.',
    notFollowed: 'This channel did not follow “{}”.',
    followsNone: 'This channel follows no deal.',
    followsList: 'This channel follows:',
    refused: 'Sorry, admin commands are for sovbot’s maintainers only.',
    adminUsage: 'Admin commands: `/sovereignty admin status` or `/sovereignty admin reload`.',
    helpLines: [
      '*sovbot* answers questions about cloud sovereignty deals, in English or French; every sentence is cited.',
      '• Mention me in a channel: `@sovbot How much is the GCHQ AWS deal worth?` I answer in the thread; mention me there again for a follow-up, e.g. `@sovbot and when was it signed?`',
      '• Send me a direct message: `Who runs Bleu?`',
      '• `/sovereignty What is SecNumCloud?` answers only you; click *Share in channel* to post the answer.',
      '• Click 👍 or 👎 under an answer to tell the maintainers whether it helped.',
      '• Something wrong in an answer? Its *⋮* menu → *Suggest a correction*. A deal I do not know? The shortcuts menu → *Suggest a deal*.',
      '• `/sovereignty help` shows this message.',
    ],
    adminHelp:
      '• Maintainers: `/sovereignty admin status` and `/sovereignty admin reload`; `/sovereignty follow <deal>` posts a summary in the channel when a deal changes (`unfollow`, `follows`).',
    status: 'Corpus',
    loadedAt: 'loaded at',
    lastReload: 'last reload',
    never: 'never',
    lastErrors: 'Last reload problems',
    none: 'none',
    deals: 'deals',
    facts: 'facts',
    reloaded: 'Corpus reloaded',
    unchanged: 'Corpus unchanged',
    rejected: 'Reload rejected; still serving the last good corpus. Problems:',
  },
  fr: {
    share: 'Partager dans le canal',
    up: '👍 Utile',
    down: '👎 Pas utile',
    thanks: 'Merci pour votre avis !',
    slowDown: 'Un peu de patience : vous pourrez me reposer une question dans {seconds} s.',
    store: 'stockage',
    failed: 'Désolé, un problème est survenu de mon côté ; réessayez dans un instant.',
    followRefused: 'Désolé, suivre un dossier est réservé aux mainteneurs de sovbot (SOVBOT_MAINTAINERS).',
    followWhere: 'Suivez un dossier depuis le canal qui doit recevoir ses mises à jour.',
    followUnknown:
      'Aucun dossier ne correspond à ce nom. Essayez `/sovereignty follow` avec un titre ou un alias.',
    followed: 'Ce canal suit désormais « {} » : un résumé sera publié ici à chaque changement.',
    alreadyFollowed: 'Ce canal suit déjà « {} ».',
    unfollowed: 'Ce canal ne suit plus « {} ».',
    notFollowed: 'Ce canal ne suivait pas « {} ».',
    followsNone: 'Ce canal ne suit aucun dossier.',
    followsList: 'Ce canal suit :',
    refused: 'Désolé, les commandes d’administration sont réservées aux mainteneurs de sovbot.',
    adminUsage: 'Commandes d’administration : `/sovereignty admin status` ou `/sovereignty admin reload`.',
    helpLines: [
      '*sovbot* répond aux questions sur les accords de cloud souverain, en français ou en anglais ; chaque phrase est sourcée.',
      '• Mentionnez-moi dans un canal : `@sovbot Combien vaut le contrat entre le GCHQ et AWS ?` Je réponds dans le fil ; mentionnez-moi à nouveau dans ce fil pour une question de suivi, par exemple `@sovbot et quand a-t-il été signé ?`',
      '• Envoyez-moi un message direct : `Qui exploite Bleu ?`',
      '• `/sovereignty Qu’est-ce que SecNumCloud ?` ne répond qu’à vous ; cliquez sur *Partager dans le canal* pour publier la réponse.',
      '• Cliquez sur 👍 ou 👎 sous une réponse pour dire aux mainteneurs si elle vous a aidé.',
      '• Une erreur dans une réponse ? Son menu *⋮* → *Suggest a correction*. Un accord que je ne connais pas ? Le menu des raccourcis → *Suggest a deal*.',
      '• `/sovereignty aide` affiche ce message.',
    ],
    adminHelp:
      '• Mainteneurs : `/sovereignty admin status` et `/sovereignty admin reload` ; `/sovereignty follow <accord>` publie un résumé dans le canal quand un accord change (`unfollow`, `follows`).',
    status: 'Corpus',
    loadedAt: 'chargé le',
    lastReload: 'dernier rechargement',
    never: 'jamais',
    lastErrors: 'Problèmes du dernier rechargement',
    none: 'aucun',
    deals: 'accords',
    facts: 'faits',
    reloaded: 'Corpus rechargé',
    unchanged: 'Corpus inchangé',
    rejected: 'Rechargement refusé ; le dernier corpus valide reste en service. Problèmes :',
  },
} as const satisfies Record<Lang, unknown>;

/**
 * Escapes Slack's three control characters. After this, no text can form `<!channel>`, `<!here>`,
 * `<!everyone>`, `<@U…>`, `<!subteam^…>` or a link: all of them need a raw `<`.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Slack message text → the plain question the engine reads: the bot's own mention, user and group
 * mentions and `<!here>`-style broadcasts are dropped, links become their label, channels `#name`,
 * and `&amp; &lt; &gt;` are decoded. Whitespace is collapsed.
 */
export function readSlackText(text: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_whole, inner: string) => {
      const bar = inner.indexOf('|');
      const label = bar === -1 ? '' : inner.slice(bar + 1);
      if (inner.startsWith('@')) return ' ';
      if (inner.startsWith('#')) return label === '' ? ' ' : ` #${label} `;
      // <!date^…|fallback> shows its fallback; <!here>, <!channel>, <!everyone>, <!subteam^…> are dropped.
      if (inner.startsWith('!')) return inner.startsWith('!date^') ? ` ${label} ` : ' ';
      return bar === -1 ? inner : label;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A Slack link `<url|label>` for http(s) URLs; anything else becomes the escaped label alone. */
export function formatLink(url: string, label: string): string {
  let href: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return escapeMrkdwn(label);
    href = parsed.href;
  } catch {
    return escapeMrkdwn(label);
  }
  // WHATWG URL already percent-encodes < > and spaces; `|` would end the URL part of the link.
  return `<${href.replace(/\|/g, '%7C').replace(/&/g, '&amp;')}|${escapeMrkdwn(label)}>`;
}

/** One source line of the context block: `[n] <url|publisher — title> (date)`. */
export function formatSource(citation: Citation): string {
  const label = truncate(`${citation.publisher} — ${citation.title}`, 300);
  const date = citation.date === undefined ? '' : ` (${escapeMrkdwn(citation.date)})`;
  return `[${citation.n}] ${formatLink(citation.url, label)}${date}`;
}

export interface FormatOptions {
  /** The configured question limit, for the "too long" sentence. */
  maxQuestionLength: number;
  /** Add the "Share in channel" button (ephemeral slash-command answers). */
  share?: ShareValue;
}

/** Renders an answer or a no-answer, with its buttons. */
export function formatSlackAnswer(answer: Answer, options: FormatOptions): SlackMessage {
  return answer.kind === 'answered' ? formatAnswered(answer, options) : formatNoAnswer(answer, options);
}

function formatAnswered(answer: Answered, options: FormatOptions): SlackMessage {
  const t = slackText[answer.lang];
  const sentences = answer.statements.map((s) => renderSentence(s, escapeMrkdwn));
  const room = slackLimits.blocks - 1;
  const body = hasRows(answer)
    ? rowsBody(answer, room)
    : { blocks: [...sentenceSections(answer, sentences), ...sourceContexts(answer.citations)] };

  const factIds = [...new Set(answer.statements.map((s) => s.factId))];
  const vote = encodeVote({ q: answer.question, f: factIds, l: answer.lang });
  const buttons: types.Button[] = [
    button(`${actionIds.voteUp}`, t.up, vote),
    button(`${actionIds.voteDown}`, t.down, vote),
  ];
  if (options.share)
    buttons.unshift({ ...button(actionIds.share, t.share, encodeValue(options.share)), style: 'primary' });
  const actions: types.ActionsBlock = {
    type: 'actions',
    block_id: 'sovbot_answer_actions',
    elements: buttons,
  };

  const blocks = body.blocks.slice(0, room);
  const fallback = `${escapeMrkdwn(answer.heading)}: ${sentences.join(' ')}`;
  return { text: cutMrkdwn(fallback, slackLimits.fallbackText), blocks: [...blocks, actions] };
}

/**
 * The heading and the sentences: bullets for an answer spanning several deals, a paragraph for one
 * deal's facts, and for a correction the correcting sentence first, in bold, then what the corpus says.
 */
function sentenceSections(answer: Answered, sentences: readonly string[]): types.SectionBlock[] {
  const heading = `*${escapeMrkdwn(answer.heading)}*`;
  const [lead] = answer.statements;
  if (answer.shape === 'correction' && lead !== undefined) {
    const first = `*${escapeMrkdwn(lead.text)}* ${citationMarks(lead.citations)}`.trim();
    const rest = sentences.slice(1).join(' ');
    return packSections(rest === '' ? [heading, first] : [heading, first, rest]);
  }
  const list = isListAnswer(answer);
  const lines = [heading, ...sentences.map((s) => (list ? `• ${s}` : s))];
  return packSections(list ? lines : [heading, lines.slice(1).join(' ')]);
}

/** The numbered sources as context lines, ten to a block. */
function sourceContexts(citations: readonly Citation[]): types.ContextBlock[] {
  const sources = citations.map(formatSource);
  const contexts: types.ContextBlock[] = [];
  for (let i = 0; i < sources.length; i += slackLimits.contextElements) {
    contexts.push({
      type: 'context',
      elements: sources
        .slice(i, i + slackLimits.contextElements)
        .map((text) => ({ type: 'mrkdwn', text, verbatim: true })),
    });
  }
  return contexts;
}

/**
 * A comparison (one section field per deal) or a list or timeline (one line per deal), then the sources
 * of the deals shown. As many rows are shown as fit in `room` blocks with their sources; a list says
 * how many deals matched, and every answer says how many rows it left out.
 */
function rowsBody(answer: Answered, room: number): { blocks: types.KnownBlock[] } {
  const views = rowViews(answer);
  const total = answer.shape === 'compare' ? views.length : matchedCount(answer);
  const build = (shown: number): types.KnownBlock[] => {
    const kept = views.slice(0, shown);
    const cited = new Set(kept.flatMap((view) => view.citations));
    const heading = `*${escapeMrkdwn(answer.heading)}*`;
    const more = total > shown ? [`_${escapeMrkdwn(moreText(total - shown, answer.lang))}_`] : [];
    let rows: types.SectionBlock[];
    if (answer.shape === 'compare') {
      rows = [];
      const fields = kept.map(compareField);
      for (let i = 0; i < fields.length; i += slackLimits.sectionFields) {
        rows.push({ type: 'section', fields: fields.slice(i, i + slackLimits.sectionFields) });
      }
      rows = [...packSections([heading]), ...rows, ...packSections(more)];
    } else {
      const count = `_${escapeMrkdwn(matchedText(total, answer.lang))}_`;
      rows = packSections([heading, count, ...kept.map((view) => rowLine(view, answer.lang)), ...more]);
    }
    return [...rows, ...sourceContexts(answer.citations.filter((c) => cited.has(c.n)))];
  };
  for (let shown = views.length; shown > 0; shown -= 1) {
    const blocks = build(shown);
    if (blocks.length <= room) return { blocks };
  }
  return { blocks: build(0) };
}

/** The row's parts as escaped mrkdwn: parties, value with its basis, status. */
function rowDetails(view: RowView): string[] {
  return [view.parties, view.value, view.status]
    .filter((part): part is string => part !== undefined && part !== '')
    .map(escapeMrkdwn);
}

/** One deal of a list: `• date · *title*: parties; value (basis); status [n]`, its marks never cut. */
function rowLine(view: RowView, lang: Lang): string {
  // French typography spaces its colons and semicolons, as the engine's row sentence does.
  const [colon, sep] = lang === 'fr' ? [' : ', ' ; '] : [': ', '; '];
  const details = rowDetails(view).join(sep);
  const title = `• ${escapeMrkdwn(view.date)} · *${escapeMrkdwn(view.row.title)}*`;
  return withMarks(
    details === '' ? title : `${title}${colon}${details}`,
    view.citations,
    slackLimits.sectionText,
  );
}

/** One deal of a comparison, as a section field: title and date, its parts, its fact, its marks. */
function compareField(view: RowView): types.MrkdwnElement {
  const lines = [
    `*${escapeMrkdwn(view.row.title)}* (${escapeMrkdwn(view.date)})`,
    ...rowDetails(view),
    ...view.facts.map((fact) => escapeMrkdwn(fact.text)),
  ];
  return {
    type: 'mrkdwn',
    text: withMarks(lines.join('\n'), view.citations, slackLimits.fieldText),
    verbatim: true,
  };
}

/** `text [1][2]` within `max` characters: the text is shortened, the citation marks are kept. */
function withMarks(text: string, citations: readonly number[], max: number): string {
  const marks = citationMarks(citations);
  return marks === '' ? cutMrkdwn(text, max) : `${cutMrkdwn(text, max - marks.length - 1)} ${marks}`;
}

function formatNoAnswer(answer: NoAnswer, options: FormatOptions): SlackMessage {
  const sentence = noAnswerText(answer.reason, answer.lang, options.maxQuestionLength);
  const blocks: types.KnownBlock[] = [section(escapeMrkdwn(sentence))];
  let fallback = sentence;
  const suggestions = answer.suggestions.slice(0, 5);
  if (suggestions.length > 0) {
    const heading = messages[answer.lang].suggestions;
    blocks.push(section(escapeMrkdwn(heading)), {
      type: 'actions',
      block_id: 'sovbot_suggestions',
      elements: suggestions.map((deal, i) =>
        button(
          `${actionIds.suggest}${i}`,
          deal.title,
          encodeValue({ d: deal.id, t: truncate(deal.title, 500), l: answer.lang } satisfies SuggestionValue),
        ),
      ),
    });
    fallback = `${sentence} ${heading} ${suggestions.map((s) => s.title).join('; ')}`;
  }
  return { text: cutMrkdwn(escapeMrkdwn(fallback), slackLimits.fallbackText), blocks };
}

/** One of sovbot's own messages (help, refusals, admin output): `lines` are already mrkdwn-safe. */
export function formatNotice(lines: readonly string[]): SlackMessage {
  const blocks = packSections(lines).slice(0, slackLimits.blocks);
  const text = cutMrkdwn(lines.join('\n'), slackLimits.fallbackText);
  return { text, blocks };
}

/** A single sentence of sovbot's, from plain text. */
export function formatSentence(sentence: string): SlackMessage {
  return formatNotice([escapeMrkdwn(sentence)]);
}

/** Usage, with examples; maintainers also see the admin commands. */
export function formatHelp(lang: Lang, maintainer: boolean): SlackMessage {
  const t = slackText[lang];
  return formatNotice(maintainer ? [...t.helpLines, t.adminHelp] : t.helpLines);
}

/** `admin status`: version, counts, load times, last reload problems. */
export function formatStatus(
  status: CorpusStatus,
  lang: Lang,
  store: StateStore['backend'] = 'embedded',
): SlackMessage {
  const t = slackText[lang];
  const lines = [
    `*${t.status}* \`${escapeMrkdwn(status.version)}\`: ${status.deals} ${t.deals}, ${status.facts} ${t.facts}; ${t.store}: ${store}`,
    `${t.loadedAt} ${status.loadedAt.toISOString()}; ${t.lastReload} ${status.lastReloadAt?.toISOString() ?? t.never}`,
    `${t.lastErrors}: ${status.lastError.length === 0 ? t.none : ''}`,
    ...status.lastError.slice(0, 20).map((line) => `• ${escapeMrkdwn(line)}`),
  ];
  return formatNotice(lines);
}

/** `admin reload`: ok (changed or not) with the counts, or the problems that kept the old corpus. */
export function formatReload(result: ReloadResult, lang: Lang): SlackMessage {
  const t = slackText[lang];
  const { status } = result;
  const counts = `\`${escapeMrkdwn(status.version)}\`: ${status.deals} ${t.deals}, ${status.facts} ${t.facts}`;
  if (result.ok) return formatNotice([`${result.changed ? t.reloaded : t.unchanged} ${counts}`]);
  return formatNotice([
    `${t.rejected}`,
    ...result.problems.slice(0, 20).map((line) => `• ${escapeMrkdwn(line)}`),
    `${t.status} ${counts}`,
  ]);
}

// --- button values -----------------------------------------------------------------------------

/** A 👍/👎 value: the question (maybe shortened) and the facts the answer cited. */
export interface VoteValue {
  q: string;
  f: string[];
  l: Lang;
}

/** A "Share in channel" value: enough to ask again and post the same answer. */
export interface ShareValue {
  q: string;
  l: Lang;
  /** The deal the question was asked about, when it was a follow-up. */
  d?: string;
}

/** A suggested deal: clicking asks about it, by title. */
export interface SuggestionValue {
  d: string;
  t: string;
  l: Lang;
}

/**
 * JSON with & < > written as \u escapes: the value never carries a raw `<`, even when the question
 * did, and JSON.parse gives the text back unchanged.
 */
export function encodeValue(value: object): string {
  return JSON.stringify(value).replace(
    /[&<>]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Encodes a vote, shortening the question (then the fact list) to fit Slack's 2000-character value. */
export function encodeVote(vote: VoteValue): string {
  const fits = (q: string, f: string[]) => encodeValue({ q, f, l: vote.l }).length <= slackLimits.buttonValue;
  let f = vote.f;
  while (f.length > 0 && !fits('', f)) f = f.slice(0, -1);
  // The longest prefix of the question that fits (escapes make the encoded length uneven, hence a search).
  let low = 0;
  let high = Math.min(vote.q.length, slackLimits.buttonValue);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(vote.q.slice(0, mid), f)) low = mid;
    else high = mid - 1;
  }
  return encodeValue({ q: dropLoneSurrogate(vote.q.slice(0, low)), f, l: vote.l });
}

export function decodeVote(value: string | undefined): VoteValue | undefined {
  const data = parseValue(value);
  if (data === undefined || typeof data.q !== 'string' || !Array.isArray(data.f)) return undefined;
  return { q: data.q, f: data.f.filter((x): x is string => typeof x === 'string'), l: readLang(data.l) };
}

export function decodeShare(value: string | undefined): ShareValue | undefined {
  const data = parseValue(value);
  if (data === undefined || typeof data.q !== 'string') return undefined;
  return { q: data.q, l: readLang(data.l), ...(typeof data.d === 'string' ? { d: data.d } : {}) };
}

export function decodeSuggestion(value: string | undefined): SuggestionValue | undefined {
  const data = parseValue(value);
  if (data === undefined || typeof data.d !== 'string' || typeof data.t !== 'string') return undefined;
  return { d: data.d, t: data.t, l: readLang(data.l) };
}

/** Builds a share value whose encoding fits a button: a longer question cannot be shared. */
export function shareValue(question: string, lang: Lang, dealId: string | undefined): ShareValue | undefined {
  const value: ShareValue = { q: question, l: lang, ...(dealId === undefined ? {} : { d: dealId }) };
  return encodeValue(value).length <= slackLimits.buttonValue ? value : undefined;
}

function parseValue(value: string | undefined): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  try {
    const data: unknown = JSON.parse(value);
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function readLang(value: unknown): Lang {
  return value === 'fr' ? 'fr' : 'en';
}

// --- helpers ---------------------------------------------------------------------------------

function section(text: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text, verbatim: true } };
}

function button(actionId: string, label: string, value: string): types.Button {
  return {
    type: 'button',
    action_id: actionId,
    // plain_text shows characters as they are: escaping would print `&amp;` on the button.
    text: { type: 'plain_text', text: truncate(label, slackLimits.buttonText), emoji: true },
    value,
  };
}

/** Packs lines into as few sections as fit 3000 characters each; a longer line is cut. */
function packSections(lines: readonly string[]): types.SectionBlock[] {
  const texts: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = cutMrkdwn(raw, slackLimits.sectionText);
    if (current === '') current = line;
    else if (current.length + 1 + line.length <= slackLimits.sectionText) current = `${current}\n${line}`;
    else {
      texts.push(current);
      current = line;
    }
  }
  if (current !== '') texts.push(current);
  return texts.map(section);
}

/** Shortens escaped text without cutting through an entity such as `&amp;` (or a grapheme). */
function cutMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = truncate(text, max);
  return cut.replace(/&[a-z]{0,3}…$/, '…');
}

function dropLoneSurrogate(text: string): string {
  return text.replace(/[\uD800-\uDBFF]$/, '');
}

/**
 * A correction under an earlier answer: rendered as answers are (heading "Update", the new sentence,
 * its sources as context lines), without vote buttons; a withdrawn fact gets its own sentence.
 */
export function formatSlackCorrection(correction: Correction, options: FormatOptions): SlackMessage {
  const { update } = correction;
  const message =
    update.statements.length > 0
      ? formatAnswered(update, options)
      : { text: `${escapeMrkdwn(update.heading)}:`, blocks: [] as types.KnownBlock[] };
  const blocks = message.blocks.filter((block) => block.type !== 'actions');
  let text = message.text;
  if (correction.withdrawn > 0) {
    const line = escapeMrkdwn(withdrawnText(update.lang, correction.withdrawn));
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: line, verbatim: true } });
    text = `${text} ${line}`;
  }
  return { text: cutMrkdwn(text, slackLimits.fallbackText), blocks };
}

/** A followed deal's change, as plain corpus text (nothing that pings). */
export function formatSlackFollowSummary(change: DealChange, lang: Lang): SlackMessage {
  const text = escapeMrkdwn(followSummaryText(change, lang));
  return {
    text: cutMrkdwn(text, slackLimits.fallbackText),
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: cutMrkdwn(text, 3000), verbatim: true } }],
  };
}
