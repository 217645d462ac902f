// The capture behind docs/platforms.md (`npm run transcripts`): the real adapters against the fakes, one
// question per way of asking. What it records must be a cited answer that can ping nobody, and the page
// must show every source it was sent and say where the messages came from.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  captureTranscripts,
  type Transcript,
  transcriptQuestions,
} from '../../bench/transcripts/capture-transcripts.js';
import {
  renderTranscripts,
  slackToMarkdown,
  transcriptsLabel,
} from '../../bench/transcripts/render-transcripts.js';

let transcripts: Transcript[];
beforeAll(async () => {
  transcripts = await captureTranscripts();
}, 30_000);

const slackPings = ['<!everyone>', '<!channel>', '<!here>', '<@', '<!subteam'];

interface SlackBlock {
  type: string;
  text?: { text: string };
  elements?: Array<{ text?: unknown }>;
}

function slack(): Transcript[] {
  return transcripts.filter((t) => t.asked.platform === 'slack');
}

function discordMessage(transcript: Transcript) {
  const payload = transcript.payload as {
    type?: number;
    data?: {
      embeds?: Array<{
        title?: string;
        description?: string;
        fields?: Array<{ name: string; value: string }>;
      }>;
      allowed_mentions?: { parse?: string[] };
      content?: string;
    };
  };
  return { type: payload.type, message: payload.data ?? {} };
}

describe('captureTranscripts', () => {
  it('records one answer per question, in order', () => {
    expect(transcripts.map((t) => t.asked)).toEqual(transcriptQuestions);
    expect(transcriptQuestions.some((q) => q.platform === 'slack')).toBe(true);
    expect(transcriptQuestions.some((q) => q.platform === 'discord')).toBe(true);
  });

  it('Slack: cited sentences in a section, linked sources in context blocks, no ping, mentions in their thread', () => {
    for (const transcript of slack()) {
      const { payload } = transcript;
      const blocks = payload.blocks as SlackBlock[];
      expect(blocks.find((b) => b.type === 'section')?.text?.text).toMatch(/\[1\]/);
      const sources = blocks.filter((b) => b.type === 'context').flatMap((b) => b.elements ?? []);
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) expect(source.text).toMatch(/^\[\d+\] <https:\/\/[^|>]+\|[^>]+>/);
      for (const ping of slackPings) expect(JSON.stringify(payload)).not.toContain(ping);
      if (transcript.asked.platform === 'slack' && transcript.asked.via === 'mention') {
        expect(payload.thread_ts).toEqual(expect.any(String));
      }
    }
  });

  it('Discord: an embed with a Sources field of links, pings disabled', () => {
    const discord = transcripts.filter((t) => t.asked.platform === 'discord');
    expect(discord.length).toBeGreaterThan(0);
    for (const transcript of discord) {
      const { type, message } = discordMessage(transcript);
      expect(type).toBe(4);
      const embed = message.embeds?.[0];
      // A list puts its rows in fields before the sources; either way [1] is cited and then linked.
      const fields = embed?.fields ?? [];
      const sources = fields.find((f) => /^\[1\] /.test(f.value));
      expect([embed?.description, ...fields.map((f) => f.value)].join('\n')).toMatch(/\[1\](?!\s\[)/);
      expect(sources?.value).toMatch(/^\[1\] \[[^\]]+\]\(<https:\/\/[^>]+>\)/);
      expect(message.allowed_mentions?.parse).toEqual([]);
    }
  });

  it('answers a French question in French on both platforms', () => {
    const french = transcripts.filter((t) => t.asked.lang === 'fr');
    expect(new Set(french.map((t) => t.asked.platform))).toEqual(new Set(['slack', 'discord']));
    for (const transcript of french) {
      const { payload } = transcript;
      const text =
        transcript.asked.platform === 'slack'
          ? String(payload.text)
          : String(discordMessage(transcript).message.embeds?.[0]?.description);
      // French sentences of the corpus use French spacing before `;` and French month names.
      expect(text).toMatch(/ ; | (mai|juin|octobre|novembre) \d{4}/);
    }
  });
});

describe('renderTranscripts', () => {
  it('labels the page as captured from the fakes, and shows each question, source link and raw body', () => {
    const page = renderTranscripts(transcripts);
    expect(page).toContain(transcriptsLabel);
    expect(page).toMatch(/not from slack\.com or discord\.com/);
    expect(page.split('<details>').length - 1).toBe(transcripts.length);
    for (const transcript of transcripts) {
      expect(page).toContain(`### ${transcript.typed}`);
      // Every source URL sent is also in the readable rendering, outside the raw JSON.
      const readable = page.replace(/<details>[\s\S]*?<\/details>/g, '');
      const urls = JSON.stringify(transcript.payload).match(/https:\/\/[^|>)"\\]+/g) ?? [];
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(readable).toContain(`(<${url}>)`);
    }
  });
});

describe('slackToMarkdown', () => {
  it('turns links and bold into Markdown, keeping brackets in labels literal', () => {
    expect(slackToMarkdown('*Bleu* [1] <https://a.example/x?y=1&amp;z=2|The [Register] — T> (2021)')).toBe(
      '**Bleu** [1] [The \\[Register\\] — T](<https://a.example/x?y=1&amp;z=2>) (2021)',
    );
    // An asterisk inside a word is not bold in Slack either.
    expect(slackToMarkdown('a*b*c')).toBe('a*b*c');
  });
});
