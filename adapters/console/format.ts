import type { DealCard } from '../../src/index.js';
import { formatFootnote } from '../../src/index.js';

/** A deal card as terminal text: fields, key facts with [n] markers, footnotes. */
export function formatConsoleCard(card: DealCard): string {
  const { deal } = card;
  const fr = card.lang === 'fr';
  const lines = [
    `${card.title} (${deal.id})`,
    `${fr ? 'Date' : 'Date'}: ${deal.date}${deal.date_note ? ` (${deal.date_note})` : ''}`,
    `${fr ? 'Type' : 'Kind'}: ${deal.kind}${deal.status ? `, ${deal.status}` : ''} · ${deal.jurisdiction}`,
  ];
  if (deal.customers.length > 0) lines.push(`${fr ? 'Clients' : 'Customers'}: ${deal.customers.join(', ')}`);
  if (deal.providers.length > 0)
    lines.push(`${fr ? 'Fournisseurs' : 'Providers'}: ${deal.providers.join(', ')}`);
  if (deal.value) {
    const { amount, term, basis } = deal.value;
    lines.push(`${fr ? 'Montant' : 'Value'}: ${amount}${term ? `, ${term}` : ''} (${basis})`);
  }
  lines.push('', ...card.statements.map((s) => `- ${s.text} ${s.citations.map((n) => `[${n}]`).join('')}`));
  if (card.related.length > 0)
    lines.push('', `${fr ? 'Voir aussi' : 'See also'}: ${card.related.map((r) => r.id).join(', ')}`);
  lines.push('', ...card.citations.map(formatFootnote));
  return lines.join('\n');
}
