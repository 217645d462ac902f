// Pure: captured transcripts → docs/platforms.md. Each answer is shown twice: a Markdown rendering close to
// what the platform displays, and the exact request body in a collapsed block.
import type { Transcript } from './capture-transcripts.js';

/** The label every reader must see: these are not messages from the real platforms. */
export const transcriptsLabel =
  "Captured from sovbot's local fake Slack and Discord servers (support/fake-slack.ts, support/fake-discord.ts), not from slack.com or discord.com.";

interface SlackBlock {
  type: string;
  text?: { text?: string };
  elements?: Array<{ type?: string; text?: string | { text?: string } }>;
}

interface DiscordEmbed {
  title?: string;
  description?: string;
  fields?: Array<{ name: string; value: string }>;
  footer?: { text: string };
}

interface DiscordMessage {
  content?: string;
  embeds?: DiscordEmbed[];
  components?: Array<{ components?: Array<{ label?: string; emoji?: { name?: string } }> }>;
}

export function renderTranscripts(transcripts: readonly Transcript[]): string {
  const lines = [
    '# sovbot on Slack and Discord: captured answers',
    '',
    `> **${transcriptsLabel}**`,
    '',
    'The real adapters (Bolt for Slack, discord.js for Discord) answered questions on the bundled corpus, each',
    'talking to a fake platform on 127.0.0.1 as it would to the real one. Below each question: a Markdown',
    'rendering of what the platform would show (close, not pixel-exact), then the exact body of the request',
    'sovbot sent, as the fake received it. Regenerate this page with `npm run transcripts` (after',
    '`npm run build`); the same capture runs in `test/bench/transcripts.test.ts`.',
  ];
  for (const [platform, title] of [
    ['slack', 'Slack (fake server)'],
    ['discord', 'Discord (fake server)'],
  ] as const) {
    const ours = transcripts.filter((t) => t.asked.platform === platform);
    if (ours.length === 0) continue;
    lines.push('', `## ${title}`);
    for (const transcript of ours) {
      lines.push('', ...(platform === 'slack' ? renderSlack(transcript) : renderDiscord(transcript)));
    }
  }
  return `${lines.join('\n')}\n`;
}

function renderSlack(transcript: Transcript): string[] {
  const payload = transcript.payload;
  const shown: string[] = [];
  for (const block of (payload.blocks ?? []) as SlackBlock[]) {
    if (block.type === 'section' && block.text?.text !== undefined) {
      shown.push(...block.text.text.split('\n').map(slackToMarkdown));
    } else if (block.type === 'context') {
      for (const element of block.elements ?? []) {
        if (typeof element.text === 'string') shown.push(`<sub>${slackToMarkdown(element.text)}</sub>`);
      }
    } else if (block.type === 'actions') {
      shown.push(
        buttonsLine((block.elements ?? []).map((e) => (typeof e.text === 'object' ? e.text.text : ''))),
      );
    }
  }
  const thread =
    typeof payload.thread_ts === 'string'
      ? ` in the thread of the question (\`thread_ts\` ${payload.thread_ts})`
      : '';
  return [
    `### ${transcript.typed}`,
    '',
    `Asked in ${transcript.where}. sovbot answered${thread} with \`${transcript.request}\` to the fake Slack:`,
    '',
    ...quote(shown),
    '',
    `Notification text (the \`text\` fallback): ${slackToMarkdown(String(payload.text ?? ''))}`,
    '',
    ...raw(transcript),
  ];
}

function renderDiscord(transcript: Transcript): string[] {
  const payload = transcript.payload as { type?: number; data?: DiscordMessage } & DiscordMessage;
  // An interaction callback wraps the message in `data`; a webhook edit is the message itself.
  const message = payload.data ?? payload;
  const shown: string[] = [];
  if (message.content) shown.push(...message.content.split('\n'));
  for (const embed of message.embeds ?? []) {
    if (embed.title !== undefined) shown.push(`**${embed.title}**`);
    if (embed.description !== undefined) shown.push(...embed.description.split('\n'));
    for (const field of embed.fields ?? []) shown.push(`**${field.name}**`, ...field.value.split('\n'));
    if (embed.footer !== undefined) shown.push(`<sub>${embed.footer.text}</sub>`);
  }
  const labels = (message.components ?? []).flatMap((row) =>
    (row.components ?? []).map((c) =>
      [c.emoji?.name, c.label].filter((part) => part !== undefined).join(' '),
    ),
  );
  if (labels.length > 0) shown.push(buttonsLine(labels));
  return [
    `### ${transcript.typed}`,
    '',
    `Asked as ${transcript.where}. sovbot answered with \`${transcript.request}\` to the fake Discord${
      payload.type === 4 ? ' (type 4: a message, sent at once)' : ''
    }:`,
    '',
    ...quote(shown),
    '',
    ...raw(transcript),
  ];
}

/** Slack mrkdwn → Markdown: `<url|label>` links and `*bold*`; entities (&amp;) read the same in both. */
export function slackToMarkdown(mrkdwn: string): string {
  return mrkdwn
    .replace(/<(https?:\/\/[^|>]+)\|([^>]*)>/g, (_whole, url: string, label: string) => {
      return `[${label.replace(/[[\]]/g, '\\$&')}](<${url}>)`;
    })
    .replace(/(^|[\s(])\*([^*\n]+)\*(?=$|[\s.,;:!?)])/g, '$1**$2**');
}

function buttonsLine(labels: ReadonlyArray<string | undefined>): string {
  return `Buttons: ${labels.map((label) => `\`${label ?? ''}\``).join(' ')}`;
}

/** Each line its own paragraph in one block quote, so that nothing runs together. */
function quote(lines: readonly string[]): string[] {
  return lines.flatMap((line, i) => (i === 0 ? [`> ${line}`] : ['>', `> ${line}`]));
}

function raw(transcript: Transcript): string[] {
  return [
    '<details>',
    `<summary>Raw body of <code>${transcript.request}</code> (JSON, as the fake received it)</summary>`,
    '',
    '```json',
    JSON.stringify(transcript.payload, null, 2),
    '```',
    '',
    '</details>',
  ];
}
