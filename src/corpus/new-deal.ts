import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dealsFolder } from './corpus.js';

/** A valid entry with a comment on every field: what `sovbot corpus new` writes. */
export function dealSkeleton(id: string, today: string): string {
  return `# ${id}: replace every example value below; keep each fact tied to a source.
# Run \`npx sovbot corpus check\` after each edit: it names the file, line and field of every problem.

# Same as the file name, without .yaml.
id: ${id}
# One line, in English, then in French.
title: Short English title of the deal
title_fr: Titre court de l'accord en français
# YYYY, YYYY-MM or YYYY-MM-DD, as precise as the sources allow.
date: ${today.slice(0, 7)}
# Optional: what the date is the date of, and how sure it is.
date_note: Month the deal was announced.
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
# Optional: leave the whole block out when no figure is known.
# basis: estimate | ceiling | official | reported | minimum | undisclosed
value:
  amount: EUR 10m
  currency: EUR
  term: 3 years
  basis: reported
# The names people type: acronyms, English and French names, products, programmes.
aliases:
  - Example alias
  - Exemple d'alias
# Lowercase-dash words, for grouping.
tags: [example]
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
  - id: ${id.split('-').slice(0, 3).join('-')}-announced
    text: What happened, in one English sentence.
    text_fr: Ce qui s'est passé, en une phrase en français.
    topics: [date]
    sources: [s1]
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
