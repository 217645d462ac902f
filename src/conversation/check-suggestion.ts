import type { Lang } from '../engine/answer.js';

/** The fields of the suggestion form, as every platform's modal names them. */
export type SuggestionField = 'what' | 'link' | 'note';

/** Characters each field takes at most; the modals tell the client the same limits. */
export const suggestionLimits = { what: 300, link: 500, note: 1500 } as const satisfies Record<
  SuggestionField,
  number
>;

/** What the user typed, as the platform delivered it (a field left empty may be missing). */
export interface SuggestionInput {
  what?: string | null | undefined;
  link?: string | null | undefined;
  note?: string | null | undefined;
}

export type CheckedSuggestion =
  | { ok: true; what: string; link: string; note?: string }
  /** One message per refused field, in the user's language; nothing of the input is repeated. */
  | { ok: false; errors: Partial<Record<SuggestionField, string>> };

/** sovbot's words about suggestions, in both languages. */
export const suggestionText = {
  en: {
    thanks:
      'Thank you! Your suggestion (#{id}) is with the maintainers; they check every source before adding anything.',
    empty: 'Please fill this in.',
    tooLong: 'Please keep this under {max} characters.',
    notLink: 'Please give the address of a web page, starting with https:// or http://.',
    oneLine: 'Please keep this to one line.',
    // Says what is refused without writing it: a message that quoted a mention could itself ping.
    markup:
      'Please write plain text: no mentions of people, roles, the channel or everyone, and no angle brackets (markup or links).',
    control: 'Please remove the invisible control characters.',
  },
  fr: {
    thanks:
      'Merci ! Votre suggestion (n° {id}) est transmise aux mainteneurs ; ils vérifient chaque source avant d’ajouter quoi que ce soit.',
    empty: 'Veuillez remplir ce champ.',
    tooLong: 'Veuillez rester sous {max} caractères.',
    notLink: 'Veuillez donner l’adresse d’une page web, commençant par https:// ou http://.',
    oneLine: 'Veuillez tenir sur une ligne.',
    markup:
      'Veuillez écrire du texte simple : pas de mention de personnes, de rôles, du canal ou de tout le monde, et pas de chevrons (balises ou liens).',
    control: 'Veuillez retirer les caractères de contrôle invisibles.',
  },
} as const satisfies Record<Lang, Record<string, string>>;

// Every platform's mentions, channel links and broadcasts (Slack <@U1>, <!here>; Discord <@1>, <@&2>,
// <#3>) and every HTML or Slack link need an angle bracket; the broadcasts also exist as bare words.
const MARKUP = /[<>]|@(?:everyone|here|channel)\b/i;
// Control characters (line breaks are checked apart) and the invisible ones that reorder or hide text,
// so that a line cannot read differently in a terminal or a page than what it holds.
const CONTROL = /(?![\r\n])\p{Cc}|[\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

/**
 * Checks a suggestion as a user submitted it: `what` and `link` are required, `link` is one http(s)
 * address, each field within its limit, none holding a mention, markup or control characters. Every
 * refused field gets its message at once, so a form can show them all; the caller stores nothing
 * unless the whole suggestion is accepted.
 */
export function checkSuggestion(input: SuggestionInput, lang: Lang): CheckedSuggestion {
  const t = suggestionText[lang];
  const errors: Partial<Record<SuggestionField, string>> = {};
  const values: Record<SuggestionField, string> = {
    what: (input.what ?? '').trim(),
    link: (input.link ?? '').trim(),
    note: (input.note ?? '').trim().replace(/\r\n?/g, '\n'),
  };
  for (const field of ['what', 'link', 'note'] as const) {
    const value = values[field];
    if (value === '') {
      if (field !== 'note') errors[field] = t.empty;
    } else if ([...value].length > suggestionLimits[field]) {
      errors[field] = t.tooLong.replace('{max}', suggestionLimits[field].toLocaleString(lang));
    } else if (field !== 'note' && /[\r\n]/.test(value)) {
      errors[field] = t.oneLine;
    } else if (CONTROL.test(value)) {
      errors[field] = t.control;
    } else if (field === 'link') {
      if (!isWebAddress(value)) errors.link = t.notLink;
    } else if (MARKUP.test(value)) {
      errors[field] = t.markup;
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    what: values.what,
    link: values.link,
    ...(values.note === '' ? {} : { note: values.note }),
  };
}

/** One absolute http(s) address with a host, no spaces, no credentials and no angle brackets. */
function isWebAddress(text: string): boolean {
  if (/[\s<>"]/.test(text)) return false;
  try {
    const url = new URL(text);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      url.hostname.includes('.') &&
      url.username === '' &&
      url.password === ''
    );
  } catch {
    return false;
  }
}
