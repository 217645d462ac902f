import type { Lang, NoAnswerReason } from './answer.js';

/** sovbot's own words (not corpus facts), in both languages. Adapters use them too. */
export const messages = {
  en: {
    noAnswer: {
      empty: 'Ask me about a cloud sovereignty deal, for example: "How much is the GCHQ AWS deal worth?"',
      'off-topic': 'I only know about cloud sovereignty deals, and I have no entry on that.',
      'unknown-entity': 'Some names in that question are not in my corpus, so I cannot answer it as asked.',
      'not-covered': 'I have no entry that answers that.',
      'too-long': 'That question is too long for me: please keep it under {max} characters.',
      opinion:
        'I report sourced facts about cloud sovereignty deals, not opinions, forecasts or recommendations: ask me what a deal says or what critics said.',
      'other-language': 'I answer in English or French. / Je réponds en anglais ou en français.',
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
      'unknown-entity':
        'Certains noms de cette question ne figurent pas dans mon corpus : je ne peux pas y répondre telle quelle.',
      'not-covered': 'Aucune de mes fiches ne répond à cette question.',
      'too-long': 'Cette question est trop longue pour moi : {max} caractères au plus, s’il vous plaît.',
      opinion:
        'Je rapporte des faits sourcés sur les accords de cloud souverain, pas des opinions, des pronostics ni des recommandations : demandez-moi ce que dit un accord ou ce qu’en disent ses critiques.',
      'other-language': 'I answer in English or French. / Je réponds en anglais ou en français.',
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
