// The /suggest modal: what, link, note. Built here, read back by handlers.ts on submission.
import { LabelBuilder, ModalBuilder, TextInputBuilder, TextInputStyle } from 'discord.js';
import { type Lang, type SuggestionField, suggestionLimits, truncate } from '../../src/index.js';

/** The modal's words; Discord allows 45 characters in a title or a label. */
export const suggestWords = {
  en: {
    dealTitle: 'Suggest a deal',
    correctionTitle: 'Suggest a correction',
    what: 'What should be added or corrected?',
    link: 'Source (a web page, https://…)',
    note: 'Anything else the maintainers should know',
    refused: 'Your suggestion was not sent; please fix this and try again:',
    notAnswer: 'This works on sovbot’s answers. To suggest a deal, use /suggest.',
  },
  fr: {
    dealTitle: 'Proposer un accord',
    correctionTitle: 'Proposer une correction',
    what: 'Que faut-il ajouter ou corriger ?',
    link: 'Source (une page web, https://…)',
    note: 'Autre chose à dire aux mainteneurs',
    refused: 'Votre suggestion n’a pas été envoyée ; corrigez ceci puis réessayez :',
    notAnswer: 'Ceci s’applique aux réponses de sovbot. Pour proposer un accord, utilisez /suggerer.',
  },
} as const satisfies Record<Lang, Record<string, string>>;

const PREFIX = 'suggest:';

/** What a submitted modal is about. */
export type ModalTarget =
  | { kind: 'deal' }
  | { kind: 'correction'; dealId: string }
  /** One of sovbot's answers, by the vote key its buttons carry (the facts it cited are behind it). */
  | { kind: 'answer'; voteKey: string };

/** The modal for a new deal, or for a correction (of a deal, its title shown; or of an answer). */
export function suggestionModal(lang: Lang, target: ModalTarget, dealTitle?: string): ModalBuilder {
  const w = suggestWords[lang];
  const input = (field: SuggestionField, label: string, required: boolean, style = TextInputStyle.Short) =>
    new LabelBuilder()
      .setLabel(label)
      .setTextInputComponent(
        new TextInputBuilder()
          .setCustomId(field)
          .setStyle(style)
          .setRequired(required)
          .setMaxLength(suggestionLimits[field]),
      );
  const id =
    target.kind === 'deal' ? '' : target.kind === 'correction' ? target.dealId : `v:${target.voteKey}`;
  const title =
    target.kind === 'deal'
      ? w.dealTitle
      : dealTitle === undefined
        ? w.correctionTitle
        : truncate(`${w.correctionTitle}: ${dealTitle}`, 45);
  return new ModalBuilder()
    .setCustomId(`${PREFIX}${id}`)
    .setTitle(title)
    .addLabelComponents(
      input('what', w.what, true),
      input('link', w.link, true),
      input('note', w.note, false, TextInputStyle.Paragraph),
    );
}

/** What a submitted modal was about; undefined when it is not sovbot's modal. */
export function parseModalId(customId: string): ModalTarget | undefined {
  if (!customId.startsWith(PREFIX)) return undefined;
  const rest = customId.slice(PREFIX.length);
  if (rest === '') return { kind: 'deal' };
  // An answer without buttons (a no-answer) has no key: a correction of an answer all the same.
  const answer = /^v:([A-Za-z0-9_-]*)$/.exec(rest);
  if (answer) return { kind: 'answer', voteKey: answer[1] as string };
  return /^[a-z0-9-]+$/.test(rest) ? { kind: 'correction', dealId: rest } : undefined;
}
