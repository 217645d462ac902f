import {
  type AdminResult,
  type Answer,
  type Answered,
  amountIn,
  citationMarks,
  countText,
  type DealCard,
  formatFootnote,
  hasRows,
  isListAnswer,
  type Lang,
  messages,
  noAnswerText,
  partiesIn,
  renderSentence,
  rowViews,
} from '../../src/index.js';

/** sovbot's own words in the console. */
export const consoleText = {
  en: {
    slowDown: 'Slow down a little: you can ask again in {seconds} s.',
    thanks: 'Thanks for the feedback!',
    noVote: 'Nothing to vote on yet: 👍 or 👎 rates the last answer.',
    dealUsage: 'Usage: /deal <name or id>, e.g. /deal bleu. /deals lists them.',
  },
  fr: {
    slowDown: 'Un peu de patience : vous pourrez me reposer une question dans {seconds} s.',
    thanks: 'Merci pour votre avis !',
    noVote: 'Rien à noter pour l’instant : 👍 ou 👎 note la dernière réponse.',
    dealUsage: 'Usage : /deal <nom ou identifiant>, par exemple /deal bleu. /deals les liste.',
  },
} as const satisfies Record<Lang, unknown>;

/** An answer as terminal text: the sentences with [n] (bullets for a list), then the footnotes. */
export function formatConsoleAnswer(answer: Answer, maxQuestionLength: number): string {
  if (answer.kind === 'no-answer') {
    const lines = [noAnswerText(answer.reason, answer.lang, maxQuestionLength)];
    if (answer.suggestions.length > 0)
      lines.push(messages[answer.lang].suggestions, ...answer.suggestions.map((s) => `- ${s.title}`));
    return lines.join('\n');
  }
  const sentences = answer.statements.map((s) => renderSentence(s));
  let body: string;
  if (hasRows(answer)) body = rowsText(answer);
  else if (answer.shape === 'correction' && sentences.length > 0) {
    // The correcting sentence stands alone, first; what the corpus does say follows.
    body = [sentences[0], sentences.slice(1).join(' ')].filter((part) => part !== '').join('\n\n');
  } else
    body = isListAnswer(answer)
      ? [answer.heading, ...sentences.map((s) => `- ${s}`)].join('\n')
      : sentences.join(' ');
  return answer.citations.length === 0
    ? body
    : `${body}\n\n${answer.citations.map(formatFootnote).join('\n')}`;
}

/**
 * A list or timeline as aligned rows (the deal's date in a column, then its title and marks, its parts
 * indented below), ending with how many deals matched; a comparison as one block per deal.
 */
function rowsText(answer: Answered): string {
  const views = rowViews(answer);
  const details = (parts: (string | undefined)[]) =>
    parts
      .filter((part): part is string => part !== undefined && part !== '')
      .join(answer.lang === 'fr' ? ' ; ' : '; ');
  if (answer.shape === 'compare') {
    const blocks = views.map((view) =>
      [
        `${view.row.title} (${view.date}) ${citationMarks(view.citations)}`.trim(),
        ...[details([view.parties, view.value, view.status]), ...view.facts.map((f) => renderSentence(f))]
          .filter((line) => line !== '')
          .map((line) => `  ${line}`),
      ].join('\n'),
    );
    return [answer.heading, ...blocks].join('\n\n');
  }
  const width = Math.max(...views.map((view) => view.row.date.length));
  const indent = ' '.repeat(width + 4);
  const lines = views.flatMap((view) => {
    const line = details([view.parties, view.value, view.status]);
    const head =
      `  ${view.row.date.padEnd(width)}  ${view.row.title} ${citationMarks(view.citations)}`.trimEnd();
    return line === '' ? [head] : [head, `${indent}${line}`];
  });
  return [answer.heading, ...lines, countText(answer, views.length)].join('\n');
}

/** A deal card as terminal text: fields, key facts with [n] markers, footnotes. */
export function formatConsoleCard(card: DealCard): string {
  const { deal } = card;
  const fr = card.lang === 'fr';
  const lines = [
    `${card.title} (${deal.id})`,
    `${fr ? 'Date' : 'Date'}: ${deal.date}${deal.date_note ? ` (${deal.date_note})` : ''}`,
    `${fr ? 'Type' : 'Kind'}: ${deal.kind}${deal.status ? `, ${deal.status}` : ''} · ${deal.jurisdiction}`,
  ];
  if (deal.customers.length > 0)
    lines.push(`${fr ? 'Clients' : 'Customers'}: ${partiesIn(deal, 'customers', card.lang).join(', ')}`);
  if (deal.providers.length > 0)
    lines.push(`${fr ? 'Fournisseurs' : 'Providers'}: ${partiesIn(deal, 'providers', card.lang).join(', ')}`);
  if (deal.value) {
    const { term, basis } = deal.value;
    const amount = amountIn(deal.value, card.lang);
    lines.push(`${fr ? 'Montant' : 'Value'}: ${amount}${term ? `, ${term}` : ''} (${basis})`);
  }
  lines.push('', ...card.statements.map((s) => `- ${renderSentence(s)}`));
  if (card.related.length > 0)
    lines.push('', `${fr ? 'Voir aussi' : 'See also'}: ${card.related.map((r) => r.id).join(', ')}`);
  lines.push('', ...card.citations.map(formatFootnote));
  return lines.join('\n');
}

/** `/status` and `/reload`. */
export function formatConsoleAdmin(result: AdminResult): string {
  if (result.kind === 'refused') return 'Sorry, admin commands are for sovbot’s maintainers only.';
  if (result.kind === 'usage') return 'Admin commands: /status or /reload.';
  if (result.kind === 'reload') {
    const { result: reload } = result;
    return reload.ok
      ? `reloaded: ${statusLine(reload.status)}`
      : `reload failed, still serving the last good index:\n${reload.problems.join('\n')}`;
  }
  const s = result.status;
  const lines = [`${statusLine(s)}; store: ${result.store}`];
  if (s.lastReloadAt) lines.push(`last reload ${s.lastReloadAt.toISOString()}`);
  if (s.lastError.length > 0) lines.push('last error:', ...s.lastError);
  return lines.join('\n');
}

function statusLine(s: { version: string; deals: number; facts: number; loadedAt: Date }): string {
  return `corpus ${s.version}: ${s.deals} deals, ${s.facts} facts, loaded ${s.loadedAt.toISOString()}`;
}
