import type { Lang, NoAnswerReason } from './answer.js';

/** sovbot's own words (not corpus facts), in both languages. Adapters use them too. */
export const messages = {
  en: {
    noAnswer: {
      empty: 'Ask me about a cloud sovereignty deal, for example: "How much is the GCHQ AWS deal worth?"',
      'off-topic': 'I only know about cloud sovereignty deals, and I have no entry on that.',
      'unknown-entity': 'I have no entry on that: the corpus does not cover it.',
      'not-covered': 'I have no entry that answers that.',
      'too-long': 'That question is too long for me: please keep it under {max} characters.',
    } satisfies Record<NoAnswerReason, string>,
    suggestions: 'Closest deals I know about:',
    sources: 'Sources',
    listHeading: 'Deals matching your question',
    help: 'Ask a question about a cloud sovereignty deal, in English or French.',
  },
  fr: {
    noAnswer: {
      empty:
        'Posez-moi une question sur un accord de cloud souverain, par exemple : « Combien vaut le contrat entre le GCHQ et AWS ? »',
      'off-topic':
        'Je ne connais que les accords de souveraineté du cloud, et je n’ai aucune fiche à ce sujet.',
      'unknown-entity': 'Je n’ai aucune fiche à ce sujet : le corpus ne le couvre pas.',
      'not-covered': 'Aucune de mes fiches ne répond à cette question.',
      'too-long': 'Cette question est trop longue pour moi : {max} caractères au plus, s’il vous plaît.',
    } satisfies Record<NoAnswerReason, string>,
    suggestions: 'Les accords les plus proches que je connais :',
    sources: 'Sources',
    listHeading: 'Accords correspondant à votre question',
    help: 'Posez une question sur un accord de cloud souverain, en français ou en anglais.',
  },
} as const satisfies Record<Lang, unknown>;

/** The sentence that says why there is no answer. */
export function noAnswerText(reason: NoAnswerReason, lang: Lang, maxLength: number): string {
  return messages[lang].noAnswer[reason].replace('{max}', String(maxLength));
}
