import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpFetch } from '../../adapters/slack/http-fetch.js';

let server: Server;
let base: string;
const seen: Array<{ method: string; url: string; headers: IncomingMessage['headers']; body: string }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (req.url === '/empty') res.writeHead(204).end();
      else if (req.url === '/slow') setTimeout(() => res.end('late'), 2000);
      else if (req.url === '/limited') res.writeHead(429, { 'retry-after': '3' }).end('{"ok":false}');
      else
        res
          .writeHead(200, { 'content-type': 'application/json', 'x-oauth-scopes': 'chat:write' })
          .end('{"ok":true,"é":"✓"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('createHttpFetch', () => {
  const http = createHttpFetch();
  afterAll(() => http.close());

  it('posts a string body with its headers and gives back a Response the Slack clients read', async () => {
    const response = await http.fetch(`${base}/api/chat.postMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: 'Bearer xoxb-1' },
      body: 'channel=C1&text=h%C3%A9',
    });
    expect(response).toBeInstanceOf(Response);
    expect(response.ok).toBe(true);
    expect(response.headers.get('x-oauth-scopes')).toBe('chat:write');
    expect(await response.json()).toEqual({ ok: true, é: '✓' });
    expect(seen.at(-1)).toMatchObject({
      method: 'POST',
      url: '/api/chat.postMessage',
      body: 'channel=C1&text=h%C3%A9',
      headers: { authorization: 'Bearer xoxb-1', 'content-type': 'application/x-www-form-urlencoded' },
    });
  });

  it('reports statuses as they are (a 429 with Retry-After, a 204 without body)', async () => {
    const limited = await http.fetch(`${base}/limited`, { method: 'POST', body: '{}' });
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '3']);
    const empty = await http.fetch(`${base}/empty`, { method: 'POST' });
    expect(empty.status).toBe(204);
    expect(await empty.text()).toBe('');
  });

  it('gives up when its signal aborts', async () => {
    const started = Date.now();
    await expect(
      http.fetch(`${base}/slow`, { method: 'POST', body: 'x', signal: AbortSignal.timeout(100) }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('hands a multipart body (a file upload) to the built-in fetch', async () => {
    const form = new FormData();
    form.append('file', new Blob(['hello']), 'a.txt');
    const response = await http.fetch(`${base}/upload`, { method: 'POST', body: form });
    expect(response.ok).toBe(true);
    expect(seen.at(-1)?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen.at(-1)?.body).toContain('hello');
  });
});
