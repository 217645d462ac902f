import { z } from 'zod';

/**
 * A calendar date at the precision the sources give: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * YAML reads a bare year as a number, so a number is accepted and turned into a string.
 * Impossible dates (2021-02-30, month 13) are rejected.
 */
export const partialDate = z
  .union([z.string(), z.number().int()])
  .transform((value) => String(value))
  .superRefine((value, ctx) => {
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
    if (!match) {
      ctx.addIssue({ code: 'custom', message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD' });
      return;
    }
    const [, year, month, day] = match;
    if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) {
      ctx.addIssue({ code: 'custom', message: 'impossible date: month must be 01 to 12' });
      return;
    }
    if (day !== undefined) {
      const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
      if (Number(day) < 1 || Number(day) > last) {
        ctx.addIssue({ code: 'custom', message: `impossible date: ${year}-${month} has ${last} days` });
      }
    }
  });

const text = z.string().trim().min(1, 'must not be empty');

/** An identifier made of lowercase letters, digits and dashes, as used in file names. */
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lowercase letters, digits and single dashes (a-z, 0-9, -)');

// A space is refused before URL parsing, which would quietly encode one in the path (%20): in a source
// address it is nearly always a copy-and-paste slip.
const httpUrl = z
  .string()
  .regex(/^\S*$/, 'the address contains a space')
  .pipe(z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }));

/** What kind of event a deal is. */
export const dealKinds = [
  'contract',
  'partnership',
  'regulation',
  'ruling',
  'initiative',
  'announcement',
  'certification',
  'statement',
] as const;

/** Where a deal stands, when that applies. */
export const dealStatuses = [
  'announced',
  'proposed',
  'awarded',
  'signed',
  'live',
  'in-force',
  'ongoing',
  'completed',
  'cancelled',
  'superseded',
  'suspended',
  'challenged',
] as const;

/**
 * What a fact tells, so the engine can put first the fact that carries what was asked
 * ("how much" → value, "when" → date, "who" → parties, "why" → reason).
 * Optional: the engine also recognises amounts and dates in the text itself.
 */
export const factTopics = [
  'value',
  'date',
  'parties',
  'reason',
  'scope',
  'criticism',
  'status',
  'location',
  'outcome',
] as const;

export const sourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a short id such as s1 or fd'),
  publisher: text,
  title: text,
  url: httpUrl,
  /** Publication date; leave out when the page did not show one, and say so in `date_note`. */
  date: partialDate.optional(),
  date_note: text.optional(),
  /** ISO 639-1 code of the page's language. */
  language: z.string().regex(/^[a-z]{2}$/, 'expected a two-letter language code such as en or fr'),
  note: text.optional(),
});

export const factSchema = z.strictObject({
  /** Stable id, unique in the whole corpus; citations and feedback refer to it. */
  id: slug,
  /** The fact in English, in our own words. */
  text,
  /** The same fact in French. */
  text_fr: text,
  /** The date the fact was true at, when it may change (figures, statuses). */
  asOf: partialDate.optional(),
  /** What the fact tells (see factTopics). */
  topics: z.array(z.enum(factTopics)).optional(),
  /** Ids of this deal's sources backing the fact; at least one. */
  sources: z.array(z.string()).min(1, 'a fact needs at least one source'),
  /** Where the fact was seen: on a source page, only in the founding article, or both. */
  evidence: z.enum(['page', 'founding-document', 'page+founding-document']).optional(),
});

export const valueSchema = z.strictObject({
  /** The amount as the sources give it, in words ("GBP 500m to 1bn"). */
  amount: text,
  /**
   * The same amount in French, with the same figures, currency and dates ("environ 450 M GBP", "non divulgué").
   * French answers show it; without it they show `amount`. `corpus check` warns when `amount` has words
   * besides currency codes and unit suffixes (m, bn) and this is missing.
   */
  amount_fr: text.optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as GBP, EUR or USD')
    .optional(),
  term: text.optional(),
  /** Whether the amount is an estimate, a ceiling, an official figure, a reported one, or undisclosed. */
  basis: z.enum(['estimate', 'ceiling', 'official', 'reported', 'minimum', 'undisclosed']),
});

export const dealSchema = z
  .strictObject({
    /** Same as the file name without `.yaml`. */
    id: slug,
    title: text,
    title_fr: text,
    date: partialDate,
    /** How precise `date` is, and what it is the date of. */
    date_note: text.optional(),
    kind: z.enum(dealKinds),
    status: z.enum(dealStatuses).optional(),
    jurisdiction: text,
    customers: z.array(text),
    /** The customers in French, one for one ("UK Ministry of Defence" → "ministère britannique de la Défense"). */
    customers_fr: z.array(text).optional(),
    providers: z.array(text),
    /** The providers in French, one for one; French answers show these, else the English ones. */
    providers_fr: z.array(text).optional(),
    value: valueSchema.optional(),
    /** Names people use for the deal, its parties or its products, in English and French. */
    aliases: z.array(text).min(1, 'give at least one alias: the names people actually use'),
    tags: z.array(slug).default([]),
    /** Ids of related deals (answers and cards point to them). */
    related: z.array(slug).default([]),
    /** When a maintainer last checked the entry against its sources. */
    reviewed: partialDate,
    facts: z.array(factSchema).min(1, 'a deal needs at least one fact'),
    sources: z.array(sourceSchema).min(1, 'a deal needs at least one source'),
  })
  .superRefine((deal, ctx) => {
    // A French list is read against the English one, name for name.
    for (const side of ['customers', 'providers'] as const) {
      const french = deal[`${side}_fr`];
      if (french !== undefined && french.length !== deal[side].length)
        ctx.addIssue({
          code: 'custom',
          path: [`${side}_fr`],
          message: `expected ${deal[side].length} name${deal[side].length === 1 ? '' : 's'}, one for each of ${side} (got ${french.length})`,
        });
    }
  });

export type Source = z.infer<typeof sourceSchema>;
export type Fact = z.infer<typeof factSchema>;
export type DealValue = z.infer<typeof valueSchema>;
export type Deal = z.infer<typeof dealSchema>;
export type DealKind = (typeof dealKinds)[number];
export type FactTopic = (typeof factTopics)[number];
