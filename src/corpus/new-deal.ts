import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dealsFolder } from './corpus.js';

/**
 * The example values of the skeleton, each with what to write instead. `corpus check` fails on any of
 * them left in place (naming the field), so a skeleton never goes live half filled.
 */
export const skeletonPlaceholders: ReadonlyMap<string, string> = new Map([
  ['Short English title of the deal', 'Write the title in English, one line'],
  ["Titre court de l'accord en français", 'Write the title in French, one line'],
  [
    'What the date is the date of, and how sure it is.',
    'Say what the date is the date of, or remove date_note',
  ],
  ['Country or bloc', 'Name the country or bloc'],
  ['Customer name', 'Name the customer, or leave the list empty: []'],
  ['Provider name', 'Name the provider, or leave the list empty: []'],
  ['Amount as the sources give it, e.g. EUR 10m', 'Write the amount, or remove the value block'],
  [
    'Montant en français, p. ex. environ 10 M EUR',
    'Write the amount in French with the same figures, or remove amount_fr if amount is only figures and codes',
  ],
  ['Example alias', 'List the names people type for this deal'],
  ["Exemple d'alias", 'List the names people type for this deal'],
  ['example-tag', 'Use real tags, or leave the list empty: []'],
  ['What happened, in one English sentence.', 'Write the fact in English, in your own words'],
  ["Ce qui s'est passé, en une phrase en français.", 'Write the fact in French'],
  ['Publisher name', 'Name the publisher of the page'],
  ['Headline of the page', "Copy the page's headline"],
  ['https://example.org/article', "Give the page's address"],
]);

/** An entry with a comment on every field and example values: what `sovbot corpus new` writes. */
export function dealSkeleton(id: string, today: string): string {
  return `# ${id}: replace every example value below; keep each fact tied to a source.
# Run \`npx sovbot corpus check\` after each edit: it names the file, line and field of every problem,
# including each example value still to replace (until then the entry is not loaded).

# Same as the file name, without .yaml.
id: ${id}
# One line, in English, then in French.
title: Short English title of the deal
title_fr: Titre court de l'accord en français
# YYYY, YYYY-MM or YYYY-MM-DD, as precise as the sources allow.
date: ${today.slice(0, 7)}
# Optional: what the date is the date of, and how sure it is.
date_note: What the date is the date of, and how sure it is.
# contract | partnership | regulation | ruling | initiative | announcement | certification | statement
kind: announcement
# Optional: announced | proposed | awarded | signed | live | in-force | ongoing | completed | cancelled | superseded | suspended | challenged
status: announced
jurisdiction: Country or bloc
# Who buys or is governed, and who provides. Lists may be empty: []
customers:
  - Customer name
providers:
  - Provider name
# Optional: customers_fr and providers_fr, the same lists in French, name for name ("UK Ministry of
# Defence" → "ministère britannique de la Défense"); French answers show them instead of the English ones.
# Optional: leave the whole block out when no figure is known.
# basis: estimate | ceiling | official | reported | minimum | undisclosed
value:
  amount: Amount as the sources give it, e.g. EUR 10m
  # The same amount in French: same figures, currency and dates ("about" → "environ", "up to" → "jusqu'à",
  # "not disclosed" → "non divulgué"). Needed when amount has words besides codes and m/bn; else optional.
  amount_fr: Montant en français, p. ex. environ 10 M EUR
  currency: EUR
  term: 3 years
  basis: reported
# The names people type: acronyms, English and French names, products, programmes.
aliases:
  - Example alias
  - Exemple d'alias
# Lowercase-dash words, for grouping.
tags: [example-tag]
# Ids of related deals in corpus/deals (optional).
related: []
# When you last checked the facts against the sources (YYYY-MM-DD).
reviewed: ${today}
facts:
  # id: unique in the whole corpus; start it with a short name of the deal.
  # text / text_fr: the fact in your own words, English then French; keep numbers, dates and names exact.
  # asOf (optional): the date a changing figure or status was true at.
  # topics (optional): value, date, parties, reason, scope, criticism, status, location, outcome.
  # sources: ids from the sources list below; at least one.
  # evidence (optional): where the fact was checked. page: on a cited source page itself;
  #   founding-document: only in the article the project started from (Korii/Slate.fr, October 2021),
  #   not on any other page; page+founding-document: on a cited page and in that article.
  - id: ${id.split('-').slice(0, 3).join('-')}-announced
    text: What happened, in one English sentence.
    text_fr: Ce qui s'est passé, en une phrase en français.
    topics: [date]
    sources: [s1]
    evidence: page
sources:
  # language: two-letter code of the page (en, fr, de…). date: leave it out if the page shows none,
  # and say so in date_note.
  - id: s1
    publisher: Publisher name
    title: Headline of the page
    url: https://example.org/article
    date: ${today}
    language: en
`;
}

export type NewDealResult = { ok: true; file: string } | { ok: false; error: string };

/** Writes `<dir>/deals/<id>.yaml` from the skeleton, refusing bad ids and existing files. */
export async function writeDealSkeleton(
  dir: string,
  id: string,
  today = new Date().toISOString().slice(0, 10),
): Promise<NewDealResult> {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    return {
      ok: false,
      error: `invalid deal id "${id}". Use lowercase letters, digits and single dashes, e.g. spain-ministry-cloud-2026`,
    };
  }
  const folder = dealsFolder(dir);
  const file = path.join(folder, `${id}.yaml`);
  const exists = await access(file).then(
    () => true,
    () => false,
  );
  if (exists) return { ok: false, error: `${file} already exists. Edit it, or pick another id` };
  await mkdir(folder, { recursive: true });
  await writeFile(file, dealSkeleton(id, today), { flag: 'wx' });
  return { ok: true, file };
}
