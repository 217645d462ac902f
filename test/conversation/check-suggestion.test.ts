import { describe, expect, it } from 'vitest';
import { checkSuggestion, suggestionText } from '../../src/index.js';

const good = { what: 'Spain moved its tax agency to a national cloud', link: 'https://example.org/a' };
const t = suggestionText.en;

describe('checkSuggestion', () => {
  it('accepts plain text and an http(s) link, trimmed, the note optional', () => {
    expect(checkSuggestion({ ...good, what: `  ${good.what} `, note: '' }, 'en')).toEqual({
      ok: true,
      ...good,
    });
    expect(
      checkSuggestion({ ...good, link: 'http://example.org/b?x=1#y', note: 'line 1\r\nline 2' }, 'en'),
    ).toEqual({
      ok: true,
      what: good.what,
      link: 'http://example.org/b?x=1#y',
      note: 'line 1\nline 2',
    });
  });

  // Each bad input is refused on its own field, with a message that repeats nothing the user typed.
  it.each([
    ['an empty what', { what: '  ' }, 'what', t.empty],
    ['a missing link', { link: undefined }, 'link', t.empty],
    ['a javascript: link', { link: 'javascript:alert(1)' }, 'link', t.notLink],
    ['an ftp link', { link: 'ftp://example.org/file' }, 'link', t.notLink],
    ['a link in angle brackets', { link: '<https://example.org|x>' }, 'link', t.notLink],
    ['a link with credentials', { link: 'https://user:pw@example.org/' }, 'link', t.notLink],
    ['a link without a host name', { link: 'https://localhost/' }, 'link', t.notLink],
    ['10,000 characters', { what: 'a'.repeat(10_000) }, 'what', 'Please keep this under 300 characters.'],
    [
      'a 10,000-character note',
      { note: 'n'.repeat(10_000) },
      'note',
      'Please keep this under 1,500 characters.',
    ],
    ['a Slack broadcast', { what: 'look <!everyone>' }, 'what', t.markup],
    ['a bare @here', { note: 'ping @here please' }, 'note', t.markup],
    ['@everyone', { what: 'hey @everyone' }, 'what', t.markup],
    ['a Discord user mention', { what: 'ask <@123456789012345678>' }, 'what', t.markup],
    ['a role mention', { note: 'see <@&1234>' }, 'note', t.markup],
    ['HTML', { what: '<script>alert(1)</script> deal' }, 'what', t.markup],
    ['a line break in what', { what: 'one\ntwo' }, 'what', t.oneLine],
    ['a terminal escape', { note: 'red \u001b[31m text' }, 'note', t.control],
    ['a right-to-left override', { what: 'deal \u202e gnp.exe' }, 'what', t.control],
  ])('refuses %s', (_kind, change, field, message) => {
    const checked = checkSuggestion({ ...good, ...change }, 'en');
    expect(checked).toEqual({ ok: false, errors: { [field]: message } });
  });

  it('reports every refused field at once, in French when asked', () => {
    const checked = checkSuggestion({ what: '', link: 'nope', note: '@everyone' }, 'fr');
    expect(checked).toEqual({
      ok: false,
      errors: {
        what: suggestionText.fr.empty,
        link: suggestionText.fr.notLink,
        note: suggestionText.fr.markup,
      },
    });
  });
});
