// Suggestions on Slack: the "Suggest a correction" message shortcut (on sovbot's answers) and the
// "Suggest a deal" global shortcut open one modal (views.open); its submission is checked and stored
// by the conversation, with the errors shown on the fields.
import type { App, types, ViewStateValue } from '@slack/bolt';
import {
  type Conversation,
  type Lang,
  type SuggestionField,
  suggestionLimits,
  suggestionText,
  truncate,
} from '../../src/index.js';
import { decodeVote, formatSentence, slackText } from './format.js';

/** callback_ids, as in manifest.yaml. */
export const suggestIds = {
  correction: 'sovbot_suggest_correction',
  deal: 'sovbot_suggest_deal',
  modal: 'sovbot_suggest',
} as const;

/** The modal's own words. Titles hold 24 characters at most, buttons 24. */
export const suggestText = {
  en: {
    correctionTitle: 'Suggest a correction',
    dealTitle: 'Suggest a deal',
    submit: 'Send',
    close: 'Cancel',
    about: 'About sovbot’s answer on: {deals}',
    aboutNothing: 'About one of sovbot’s answers.',
    what: 'What should be corrected or added?',
    whatHint: 'One line, plain text.',
    link: 'Source (a web page)',
    linkHint: 'https://…: where the maintainers can check it.',
    note: 'Anything else the maintainers should know',
    notAnswer:
      'This shortcut works on sovbot’s answers. To suggest a deal, use “Suggest a deal” in the shortcuts menu.',
  },
  fr: {
    correctionTitle: 'Proposer une correction',
    dealTitle: 'Proposer un accord',
    submit: 'Envoyer',
    close: 'Annuler',
    about: 'À propos de la réponse de sovbot sur : {deals}',
    aboutNothing: 'À propos d’une réponse de sovbot.',
    what: 'Que faut-il corriger ou ajouter ?',
    whatHint: 'Une ligne, en texte simple.',
    link: 'Source (une page web)',
    linkHint: 'https://… : où les mainteneurs peuvent le vérifier.',
    note: 'Autre chose à dire aux mainteneurs',
    notAnswer:
      'Ce raccourci s’applique aux réponses de sovbot. Pour proposer un accord, utilisez « Proposer un accord » dans le menu des raccourcis.',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** What the modal carries from the shortcut to the submission (private_metadata, ≤ 3000 characters). */
export interface SuggestMeta {
  k: 'deal' | 'correction';
  l: Lang;
  d: string[];
  f: string[];
  /** Where the corrected answer is, for the ephemeral thank-you. */
  c?: string;
  t?: string;
}

const META_LIMIT = 3000;

/** The metadata as JSON, dropping cited facts (then deals) until it fits. */
export function encodeMeta(meta: SuggestMeta): string {
  let value = { ...meta };
  while (JSON.stringify(value).length > META_LIMIT && value.f.length > 0)
    value = { ...value, f: value.f.slice(0, -1) };
  while (JSON.stringify(value).length > META_LIMIT && value.d.length > 0)
    value = { ...value, d: value.d.slice(0, -1) };
  return JSON.stringify(value);
}

export function decodeMeta(text: string | undefined): SuggestMeta | undefined {
  try {
    const data = JSON.parse(text ?? '') as Record<string, unknown>;
    if (data.k !== 'deal' && data.k !== 'correction') return undefined;
    const strings = (x: unknown) =>
      Array.isArray(x) ? x.filter((y): y is string => typeof y === 'string') : [];
    return {
      k: data.k,
      l: data.l === 'fr' ? 'fr' : 'en',
      d: strings(data.d),
      f: strings(data.f),
      ...(typeof data.c === 'string' ? { c: data.c } : {}),
      ...(typeof data.t === 'string' ? { t: data.t } : {}),
    };
  } catch {
    return undefined;
  }
}

/** The suggestion modal: what, link, note; for a correction, which answer it is about. */
export function suggestionModal(meta: SuggestMeta, dealTitles: readonly string[]): types.ModalView {
  const t = suggestText[meta.l];
  const plain = (text: string) => ({ type: 'plain_text' as const, text });
  const about: types.KnownBlock[] =
    meta.k === 'correction'
      ? [
          {
            type: 'context',
            // Plain text: titles come from the corpus, and nothing in them should become markup.
            elements: [
              plain(
                truncate(
                  dealTitles.length === 0
                    ? t.aboutNothing
                    : t.about.replace('{deals}', dealTitles.join('; ')),
                  2000,
                ),
              ),
            ],
          },
        ]
      : [];
  const input = (field: SuggestionField, label: string, extra: Record<string, unknown> = {}) =>
    ({
      type: 'input',
      block_id: field,
      label: plain(label),
      element: {
        type: 'plain_text_input',
        action_id: 'value',
        max_length: suggestionLimits[field],
        ...extra,
      },
    }) as types.InputBlock;
  return {
    type: 'modal',
    callback_id: suggestIds.modal,
    title: plain(meta.k === 'correction' ? t.correctionTitle : t.dealTitle),
    submit: plain(t.submit),
    close: plain(t.close),
    private_metadata: encodeMeta(meta),
    blocks: [
      ...about,
      { ...input('what', t.what), hint: plain(t.whatHint) },
      { ...input('link', t.link), hint: plain(t.linkHint) },
      { ...input('note', t.note, { multiline: true }), optional: true },
    ],
  };
}

/** Registers the two shortcuts and the modal's submission. */
export function registerSuggestions(app: App, conversation: Conversation): void {
  const { services } = conversation;
  const { logger } = services;

  function titlesOf(dealIds: readonly string[], lang: Lang): string[] {
    const titles = new Map(services.live.engine.listDeals(lang).map((d) => [d.id, d.title]));
    return dealIds.flatMap((id) => titles.get(id) ?? []);
  }

  // "Suggest a correction" on a message: sovbot's answers only; the 👍 button tells what it cited.
  app.shortcut({ callback_id: suggestIds.correction, type: 'message_action' }, async (args) => {
    const { ack, shortcut, client, context, respond } = args;
    await ack();
    const message = shortcut.message as {
      bot_id?: string;
      user?: string;
      ts: string;
      thread_ts?: string;
      blocks?: Array<{ type: string; elements?: Array<{ action_id?: string; value?: string }> }>;
    };
    const mine =
      (context.botId !== undefined && message.bot_id === context.botId) ||
      (context.botUserId !== undefined && message.user === context.botUserId);
    try {
      if (!mine) {
        await respond({ response_type: 'ephemeral', ...formatSentence(suggestText.en.notAnswer) });
        return;
      }
      const vote = (message.blocks ?? [])
        .flatMap((block) => (block.type === 'actions' ? (block.elements ?? []) : []))
        .map((element) => decodeVote(element.value))
        .find((value) => value !== undefined);
      const lang = vote?.l ?? 'en';
      const factIds = vote?.f ?? [];
      const dealOf = new Map(
        services.live.engine.corpus.deals.flatMap((d) => d.facts.map((f) => [f.id, d.id] as const)),
      );
      const dealIds = [...new Set(factIds.flatMap((f) => dealOf.get(f) ?? []))];
      const meta: SuggestMeta = {
        k: 'correction',
        l: lang,
        d: dealIds,
        f: factIds,
        c: shortcut.channel.id,
        ...(message.thread_ts === undefined ? {} : { t: message.thread_ts }),
      };
      await client.views.open({
        trigger_id: shortcut.trigger_id,
        view: suggestionModal(meta, titlesOf(dealIds, lang)),
      });
    } catch (error) {
      logger.error(
        {
          code: 'SLACK_HANDLER_FAILED',
          handler: 'suggest_correction',
          err: { message: (error as Error).message },
        },
        'slack suggest_correction handler failed',
      );
    }
  });

  // "Suggest a deal" from the shortcuts menu: no answer, no channel.
  app.shortcut({ callback_id: suggestIds.deal, type: 'shortcut' }, async ({ ack, shortcut, client }) => {
    await ack();
    try {
      await client.views.open({
        trigger_id: shortcut.trigger_id,
        view: suggestionModal({ k: 'deal', l: 'en', d: [], f: [] }, []),
      });
    } catch (error) {
      logger.error(
        { code: 'SLACK_HANDLER_FAILED', handler: 'suggest_deal', err: { message: (error as Error).message } },
        'slack suggest_deal handler failed',
      );
    }
  });

  app.view(suggestIds.modal, ({ ack, body, view, client }) =>
    // stop() waits for a suggestion being stored, as for an answer.
    conversation.run(async () => {
      const meta = decodeMeta(view.private_metadata) ?? { k: 'deal', l: 'en', d: [], f: [] };
      const value = (field: SuggestionField): string | undefined =>
        (view.state.values[field]?.value as ViewStateValue | undefined)?.value ?? undefined;
      let result: Awaited<ReturnType<Conversation['suggest']>>;
      try {
        result = await conversation.suggest({
          platform: 'slack',
          userId: body.user.id,
          kind: meta.k,
          dealIds: meta.d,
          factIds: meta.f,
          lang: meta.l,
          what: value('what'),
          link: value('link'),
          note: value('note'),
        });
      } catch (error) {
        logger.error(
          {
            code: 'SLACK_HANDLER_FAILED',
            handler: 'suggest_submit',
            err: { message: (error as Error).message },
          },
          'slack suggestion not stored',
        );
        // The modal stays open with what the user typed, so they can send it again.
        await ack({ response_action: 'errors', errors: { what: slackText[meta.l].failed } });
        return;
      }
      if (result.kind === 'invalid') {
        await ack({ response_action: 'errors', errors: result.errors });
        return;
      }
      const thanks = suggestionText[meta.l].thanks.replace('{id}', String(result.suggestion.id));
      if (meta.c === undefined) {
        // A global shortcut has no channel: the thank-you replaces the form, which only the user sees.
        await ack({
          response_action: 'update',
          view: {
            type: 'modal',
            title: { type: 'plain_text', text: suggestText[meta.l].dealTitle },
            close: { type: 'plain_text', text: 'OK' },
            blocks: [{ type: 'section', text: { type: 'plain_text', text: thanks } }],
          },
        });
        return;
      }
      await ack();
      try {
        await client.chat.postEphemeral({
          channel: meta.c,
          user: body.user.id,
          ...(meta.t === undefined ? {} : { thread_ts: meta.t }),
          ...formatSentence(thanks),
        });
      } catch (error) {
        // Stored all the same: only the thank-you is lost.
        logger.warn(
          {
            code: 'SLACK_REPLY_FAILED',
            handler: 'suggest_submit',
            err: { message: (error as Error).message },
          },
          'cannot thank the user for a suggestion',
        );
      }
    }),
  );
}
