import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
  embedLength,
  escapeMarkdown,
} from 'discord.js';
import {
  type Answer,
  type Answered,
  amountIn,
  type Citation,
  type CorpusStatus,
  citationMarks,
  countText,
  type DealCard,
  type DealRef,
  hasRows,
  isListAnswer,
  type Lang,
  messages,
  moreText,
  noAnswerText,
  partiesIn,
  type ReloadResult,
  type RowView,
  renderSentence,
  rowViews,
  type Statement,
  type StateStore,
  truncate,
} from '../../src/index.js';
import { discordWords, fill } from './words.js';

/** Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const limits = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  buttonLabel: 80,
  customId: 100,
  buttonsPerRow: 5,
  choiceName: 100,
} as const;

/** What every reply needs to know besides the answer itself. */
export interface FormatContext {
  /** Language of sovbot's own words (labels, buttons, footer); corpus text keeps its own language. */
  lang: Lang;
  /** `engine.corpus.reviewedUntil`, shown in the footer. */
  corpusDate: string;
  /** `engine.corpus.version`, shown in the footer. */
  corpusVersion: string;
  /** The question length limit, quoted by the too-long sentence. */
  maxQuestionLength: number;
}

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** A message body as discord.js accepts it: plain JSON, nothing platform-specific left to decide. */
export interface DiscordReply {
  content?: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
}

/** What a button asks for, decoded from its custom_id. */
export type ButtonAction =
  | { kind: 'deal'; lang: Lang; dealId: string }
  | { kind: 'vote'; vote: 'up' | 'down'; key: string };

const colours = { answered: 0x2b6cb0, noAnswer: 0x718096, card: 0x2f855a, help: 0x4a5568 } as const;

/**
 * Makes text unable to mention anyone even if the allowed_mentions guard were lost: `@everyone`,
 * `@here` and `<@id>` / `<@&id>` get a zero-width space after the `@`. Client-wide
 * `allowedMentions: { parse: [] }` is the first guard; this is the second.
 */
export function defuse(text: string): string {
  return text.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<@/g, '<@\u200b');
}

/** Text from a user or the corpus, shown literally: Markdown escaped, mentions defused. */
export function plain(text: string): string {
  return defuse(escapeMarkdown(text));
}

/** Characters Discord counts towards an embed's 6,000 limit (discord.js's own count, re-exported). */
export { embedLength };

/** custom_id of a button that opens a deal card, or undefined if the id would not fit in 100 characters. */
export function dealButtonId(lang: Lang, dealId: string): string | undefined {
  const id = `deal:${lang}:${dealId}`;
  return id.length <= limits.customId ? id : undefined;
}

/** custom_id of a 👍/👎 button; `key` points into the adapter's bounded map of voted answers. */
export function voteButtonId(vote: 'up' | 'down', key: string): string {
  return `vote:${vote}:${key}`;
}

export function parseButtonId(customId: string): ButtonAction | undefined {
  const deal = /^deal:(en|fr):([a-z0-9-]+)$/.exec(customId);
  if (deal) return { kind: 'deal', lang: deal[1] as Lang, dealId: deal[2] as string };
  const vote = /^vote:(up|down):([A-Za-z0-9_-]+)$/.exec(customId);
  if (vote) return { kind: 'vote', vote: vote[1] as 'up' | 'down', key: vote[2] as string };
  return undefined;
}

/** The reply to a question: an embed with cited sentences and sources, or the no-answer sentence. */
export function formatAnswer(
  answer: Answer,
  context: FormatContext,
  options: {
    /** Key for the 👍/👎 buttons; none are shown without it. */
    voteKey?: string;
    /** The question, echoed above the answer (for slash commands, where it is not visible). */
    echo?: string;
  } = {},
): DiscordReply {
  const reply: DiscordReply =
    answer.kind === 'answered'
      ? {
          embeds: [answeredEmbed(answer, context)],
          components: options.voteKey === undefined ? [] : [voteRow(options.voteKey, context.lang)],
        }
      : {
          embeds: [
            fitEmbed({
              color: colours.noAnswer,
              description: truncate(noAnswerDescription(answer, context), limits.embedDescription),
              footer: footer(context),
            }),
          ],
          components: dealRows(answer.suggestions, answer.lang),
        };
  if (options.echo !== undefined) {
    // Cut before escaping: escapeMarkdown is slow on long text, and only the first 2,000 characters show.
    const echo = options.echo.replace(/\s+/g, ' ').trim().slice(0, limits.content);
    reply.content = truncate(`> ${plain(echo)}`, limits.content);
  }
  return reply;
}

function noAnswerDescription(answer: Extract<Answer, { kind: 'no-answer' }>, context: FormatContext): string {
  const lines = [noAnswerText(answer.reason, answer.lang, context.maxQuestionLength)];
  if (answer.suggestions.length > 0) {
    lines.push('', messages[answer.lang].suggestions);
    for (const deal of answer.suggestions) lines.push(`- ${plain(deal.title)}`);
  }
  return lines.join('\n');
}

function answeredEmbed(answer: Answered, context: FormatContext): APIEmbed {
  if (hasRows(answer)) return rowsEmbed(answer, context);
  if (answer.shape === 'correction' && answer.statements.length > 0) {
    return fitEmbed({
      color: colours.answered,
      title: truncate(plain(answer.heading), limits.embedTitle),
      description: truncate(correctionText(answer.statements), limits.embedDescription),
      fields: sourceFields(answer.citations, context.lang),
      footer: footer(context),
    });
  }
  // A list or a comparison reads best as bullets; facts of one deal as a paragraph.
  const list = isListAnswer(answer);
  return fitEmbed({
    color: colours.answered,
    title: truncate(plain(answer.heading), limits.embedTitle),
    description: truncate(statementsText(answer.statements, list), limits.embedDescription),
    fields: sourceFields(answer.citations, context.lang),
    footer: footer(context),
  });
}

/** The correcting sentence first and in bold, then what the corpus does say, each with its [n]. */
function correctionText(statements: readonly Statement[]): string {
  const [lead, ...rest] = statements;
  if (lead === undefined) return '';
  const first = `**${plain(lead.text)}** ${citationMarks(lead.citations)}`.trim();
  return rest.length === 0 ? first : `${first}\n\n${statementsText(rest, false)}`;
}

/**
 * A comparison, list or timeline: one field per deal, then the sources of the deals shown. Sources are
 * fields too, so the number of rows is chosen first (the most that fit with their sources in 25 fields
 * and 6,000 characters); the rows left out are counted in the description, never dropped silently.
 */
function rowsEmbed(answer: Answered, context: FormatContext): APIEmbed {
  const views = rowViews(answer);
  const build = (shown: number): APIEmbed => {
    const kept = views.slice(0, shown);
    const cited = new Set(kept.flatMap((view) => view.citations));
    const hidden = views.length - shown;
    // A list says how many deals matched (and how many are not shown); a comparison only what it left out.
    const description =
      answer.shape === 'compare'
        ? hidden > 0
          ? moreText(hidden, answer.lang)
          : undefined
        : countText(answer, shown);
    return {
      color: colours.answered,
      title: truncate(plain(answer.heading), limits.embedTitle),
      ...(description === undefined ? {} : { description }),
      fields: [
        ...kept.map((view) => rowField(view, answer.shape === 'compare')),
        ...sourceFields(
          answer.citations.filter((c) => cited.has(c.n)),
          context.lang,
          answer.shape !== 'compare',
        ),
      ],
      footer: footer(context),
    };
  };
  for (let shown = views.length; shown > 0; shown -= 1) {
    const embed = build(shown);
    if ((embed.fields?.length ?? 0) <= limits.embedFields && embedLength(embed) <= limits.embedTotal) {
      return embed;
    }
  }
  return fitEmbed(build(0));
}

/**
 * One deal as a field: its title and date as the name; parties, value with its basis, status (and, in a
 * comparison, the deal's fact) as the value, ending with the row's citation marks, which are never cut.
 */
function rowField(view: RowView, inline = false): APIEmbedField {
  const name = truncate(plain(`${view.row.title} (${view.date})`), limits.fieldName);
  const details = [view.value, view.status].filter((part): part is string => part !== undefined);
  const lines = [view.parties, details.join(' · '), ...view.facts.map((fact) => fact.text)].filter(
    (line) => line !== '',
  );
  const marks = citationMarks(view.citations);
  const body = plain(lines.join('\n'));
  const value =
    marks === ''
      ? truncate(body, limits.fieldValue) || '-'
      : `${truncate(body, limits.fieldValue - marks.length - 1)} ${marks}`.trim();
  return { name, value, ...(inline ? { inline: true } : {}) };
}

function statementsText(statements: readonly Statement[], list: boolean): string {
  const sentences = statements.map((s) => renderSentence(s, plain));
  return list ? sentences.map((s) => `- ${s}`).join('\n') : sentences.join(' ');
}

/**
 * `[n] [publisher — title](<url>) (date)`: the angle brackets keep Discord from previewing every link.
 * `compact` leaves the title out (`[n] [publisher](<url>) (date)`), so that a list's sources leave room
 * for more of its rows.
 */
export function sourceLine(citation: Citation, compact = false): string {
  const date = citation.date === undefined ? '' : ` (${citation.date})`;
  const url = safeUrl(citation.url);
  const room = limits.fieldValue - url.length - date.length - 16;
  if (room < 20) return truncate(`[${citation.n}] ${linkText(citation.publisher, 200)}${date}`, 1000);
  const text = compact ? citation.publisher : `${citation.publisher} — ${citation.title}`;
  const label = linkText(text, Math.min(room, compact ? 100 : 300));
  return `[${citation.n}] [${label}](<${url}>)${date}`;
}

// Brackets would end the masked link early; parentheses read the same.
function linkText(text: string, max: number): string {
  return plain(truncate(text.replace(/\[/g, '(').replace(/\]/g, ')'), max));
}

// The URL sits in `(<…>)`: encode what could close either.
function safeUrl(url: string): string {
  let href: string;
  try {
    href = new URL(url).href;
  } catch {
    href = encodeURI(url);
  }
  return href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/</g, '%3C').replace(/>/g, '%3E');
}

/** The Sources, one line each, split over as many fields as 1,024 characters per field need. */
export function sourceFields(citations: readonly Citation[], lang: Lang, compact = false): APIEmbedField[] {
  const words = discordWords[lang];
  const fields: APIEmbedField[] = [];
  let lines: string[] = [];
  let size = 0;
  const flush = () => {
    if (lines.length === 0) return;
    fields.push({ name: fields.length === 0 ? words.sources : words.sourcesMore, value: lines.join('\n') });
    lines = [];
    size = 0;
  };
  for (const citation of citations) {
    const line = sourceLine(citation, compact);
    if (size + line.length + 1 > limits.fieldValue) flush();
    lines.push(line);
    size += line.length + 1;
  }
  flush();
  return fields;
}

function footer(context: FormatContext): { text: string } {
  const text = fill(discordWords[context.lang].footer, {
    date: context.corpusDate,
    version: context.corpusVersion,
  });
  return { text: truncate(text, limits.footer) };
}

/**
 * Keeps an embed within Discord's limits: at most 25 fields, each within its limits, and 6,000
 * characters in all (fields are dropped from the end first, then the description is shortened).
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fields = (embed.fields ?? []).slice(0, limits.embedFields).map((field) => ({
    ...field,
    name: truncate(field.name, limits.fieldName),
    value: truncate(field.value, limits.fieldValue),
  }));
  const fitted: APIEmbed = { ...embed, ...(fields.length > 0 ? { fields } : {}) };
  if (fields.length === 0) delete fitted.fields;
  while (embedLength(fitted) > limits.embedTotal && fitted.fields && fitted.fields.length > 0) {
    fitted.fields = fitted.fields.slice(0, -1);
  }
  const over = embedLength(fitted) - limits.embedTotal;
  if (over > 0 && fitted.description !== undefined) {
    fitted.description = truncate(fitted.description, Math.max(1, fitted.description.length - over));
  }
  return fitted;
}

function voteRow(key: string, lang: Lang): ButtonRow {
  const words = discordWords[lang];
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: voteButtonId('up', key),
        emoji: { name: '👍' },
        label: words.helpful,
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: voteButtonId('down', key),
        emoji: { name: '👎' },
        label: words.notHelpful,
      },
    ],
  };
}

/** One row of buttons, each opening a deal's card (at most five; deals whose id would not fit are skipped). */
function dealRows(deals: readonly DealRef[], lang: Lang): ButtonRow[] {
  const buttons: APIButtonComponentWithCustomId[] = [];
  for (const deal of deals) {
    const customId = dealButtonId(lang, deal.id);
    if (customId === undefined || buttons.length >= limits.buttonsPerRow) continue;
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      custom_id: customId,
      // Button labels render no Markdown and ping no one; only the length matters.
      label: truncate(deal.title, limits.buttonLabel),
    });
  }
  return buttons.length === 0 ? [] : [{ type: ComponentType.ActionRow, components: buttons }];
}

/** A deal card: parties, date, value, status, key facts with [n], sources, related deals as buttons. */
export function formatDealCard(card: DealCard, context: FormatContext): DiscordReply {
  const words = discordWords[context.lang];
  const { deal } = card;
  const fields: APIEmbedField[] = [];
  const parties = [
    deal.customers.length > 0
      ? `${words.customers}: ${partiesIn(deal, 'customers', context.lang).join(', ')}`
      : undefined,
    deal.providers.length > 0
      ? `${words.providers}: ${partiesIn(deal, 'providers', context.lang).join(', ')}`
      : undefined,
  ].filter((line): line is string => line !== undefined);
  if (parties.length > 0) fields.push({ name: words.parties, value: plain(parties.join('\n')) });
  fields.push({ name: words.date, value: plain(deal.date), inline: true });
  if (deal.status !== undefined) {
    const status = words.statuses[deal.status] ?? deal.status.replace(/-/g, ' ');
    fields.push({ name: words.status, value: plain(status), inline: true });
  }
  fields.push({ name: words.jurisdiction, value: plain(deal.jurisdiction), inline: true });
  if (deal.value !== undefined) {
    const { term, basis } = deal.value;
    const amount = amountIn(deal.value, context.lang);
    const value = `${amount}${term === undefined ? '' : ` · ${term}`} (${words.bases[basis] ?? basis})`;
    fields.push({ name: words.value, value: plain(value) });
  }
  fields.push(...sourceFields(card.citations, context.lang));
  if (card.related.length > 0) {
    fields.push({ name: words.related, value: card.related.map((r) => `- ${plain(r.title)}`).join('\n') });
  }
  return {
    embeds: [
      fitEmbed({
        color: colours.card,
        title: truncate(plain(card.title), limits.embedTitle),
        description: truncate(statementsText(card.statements, false), limits.embedDescription),
        fields,
        footer: footer(context),
      }),
    ],
    components: dealRows(card.related, card.lang),
  };
}

/** The /help message, in sovbot's own words. */
export function formatHelp(context: FormatContext): DiscordReply {
  const words = discordWords[context.lang];
  return {
    embeds: [
      { color: colours.help, title: words.helpTitle, description: words.help, footer: footer(context) },
    ],
    components: [],
  };
}

/** `/admin status`: corpus version, counts, load and reload times, and the last reload's problems. */
export function formatStatus(
  status: CorpusStatus,
  lang: Lang,
  store: StateStore['backend'] = 'embedded',
): string {
  const words = discordWords[lang];
  const lines = [
    `**${words.statusTitle}**`,
    `${words.version}: \`${status.version}\``,
    `${words.store}: ${store}`,
    `${words.deals}: ${status.deals} · ${words.facts}: ${status.facts}`,
    `${words.loadedAt}: ${status.loadedAt.toISOString()}`,
    `${words.lastReloadAt}: ${status.lastReloadAt?.toISOString() ?? words.never}`,
    `${words.lastError}: ${status.lastError.length === 0 ? words.none : ''}`,
    ...problemLines(status.lastError),
  ];
  return truncate(lines.join('\n'), limits.content);
}

/** `/admin reload`: what changed, or why the new corpus was rejected. */
export function formatReload(result: ReloadResult, lang: Lang): string {
  const words = discordWords[lang];
  const { status } = result;
  const values = { version: status.version, deals: status.deals, facts: status.facts };
  const text = result.ok
    ? fill(result.changed ? words.reloadChanged : words.reloadSame, values)
    : [fill(words.reloadFailed, values), ...problemLines(result.problems)].join('\n');
  return truncate(text, limits.content);
}

function problemLines(problems: readonly string[]): string[] {
  const shown = problems.slice(0, 10).map((line) => `- ${plain(truncate(line, 300))}`);
  if (problems.length > shown.length) shown.push(`- … (+${problems.length - shown.length})`);
  return shown;
}
