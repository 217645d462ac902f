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
  },
  fr: {
    dealTitle: 'Proposer un accord',
    correctionTitle: 'Proposer une correction',
    what: 'Que faut-il ajouter ou corriger ?',
    link: 'Source (une page web, https://…)',
    note: 'Autre chose à dire aux mainteneurs',
    refused: 'Votre suggestion n’a pas été envoyée ; corrigez ceci puis réessayez :',
  },
} as const satisfies Record<Lang, Record<string, string>>;

const PREFIX = 'suggest:';

/** The modal for a new deal, or for a correction of `deal` (its title shown in the modal's title). */
export function suggestionModal(lang: Lang, deal?: { id: string; title: string }): ModalBuilder {
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
  return new ModalBuilder()
    .setCustomId(`${PREFIX}${deal?.id ?? ''}`)
    .setTitle(deal === undefined ? w.dealTitle : truncate(`${w.correctionTitle}: ${deal.title}`, 45))
    .addLabelComponents(
      input('what', w.what, true),
      input('link', w.link, true),
      input('note', w.note, false, TextInputStyle.Paragraph),
    );
}

/** The deal a submitted modal was about ('' for a new deal); undefined when it is not sovbot's modal. */
export function parseModalId(customId: string): string | undefined {
  if (!customId.startsWith(PREFIX)) return undefined;
  const deal = customId.slice(PREFIX.length);
  return deal === '' || /^[a-z0-9-]+$/.test(deal) ? deal : undefined;
}
