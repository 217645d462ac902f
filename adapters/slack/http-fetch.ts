// A `fetch` for the Slack clients (Web API calls and response_url replies) over node:http(s) keep-alive
// agents. Node's built-in fetch (undici, web streams) costs about twice the CPU per call; under 50
// answers in flight that CPU was where answers queued behind their acknowledgements.
import http from 'node:http';
import https from 'node:https';

export interface HttpFetch {
  fetch: typeof fetch;
  /** Closes the idle keep-alive connections (on stop). */
  close(): void;
}

// Statuses whose response has no body: `new Response(body)` refuses one for them.
const NULL_BODY = new Set([101, 204, 205, 304]);

/**
 * Creates the fetch. Only what the Slack clients send takes the fast path (a string or byte body, or
 * none, to an http(s) URL); anything else (a multipart file upload, a Request object) goes to the
 * built-in fetch, so behaviour never depends on which path a call took.
 */
export function createHttpFetch(): HttpFetch {
  const agents = {
    'http:': new http.Agent({ keepAlive: true }),
    'https:': new https.Agent({ keepAlive: true }),
  };

  function send(url: URL, init: RequestInit, body: string | Uint8Array | undefined): Promise<Response> {
    return new Promise((resolve, reject) => {
      const signal = init.signal ?? undefined;
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const headers: Record<string, string> = {};
      new Headers(init.headers).forEach((value, name) => {
        headers[name] = value;
      });
      const transport = url.protocol === 'https:' ? https : http;
      const request = transport.request(
        url,
        { method: init.method ?? 'GET', headers, agent: agents[url.protocol as 'http:' | 'https:'] },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const responseHeaders = new Headers();
            for (const [name, value] of Object.entries(response.headers)) {
              if (value !== undefined)
                responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
            }
            const status = response.statusCode ?? 500;
            resolve(
              new Response(NULL_BODY.has(status) ? null : Buffer.concat(chunks), {
                status,
                statusText: response.statusMessage ?? '',
                headers: responseHeaders,
              }),
            );
          });
        },
      );
      const abort = () => request.destroy(signal?.reason as Error);
      signal?.addEventListener('abort', abort, { once: true });
      request.on('close', () => signal?.removeEventListener('abort', abort));
      request.on('error', reject);
      request.end(body);
    });
  }

  const httpFetch = ((input: string | URL | Request, init: RequestInit = {}) => {
    const body = init.body ?? undefined;
    const plainBody = body === undefined || typeof body === 'string' || body instanceof Uint8Array;
    const url = typeof input === 'string' ? new URL(input) : input instanceof URL ? input : undefined;
    if (url === undefined || !plainBody || (url.protocol !== 'http:' && url.protocol !== 'https:'))
      return globalThis.fetch(input, init);
    return send(url, init, body);
  }) as typeof fetch;

  return {
    fetch: httpFetch,
    close() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}
