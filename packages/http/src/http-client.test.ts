import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import { createHttpClient, type FetchResult, type HttpClient, type HttpClientOptions } from './http-client.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

type TestServer = {
  origin: string;
  port: number;
  /** Requests seen, by path (the guard must stop blocked ones before any byte is sent). */
  requests: IncomingMessage[];
  connections: number;
  close(): Promise<void>;
};

async function startServer(handler: Handler, host = '127.0.0.1'): Promise<TestServer> {
  const requests: IncomingMessage[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req);
    handler(req, res);
  });
  const state = { connections: 0 };
  server.on('connection', () => {
    state.connections += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    port,
    requests,
    get connections() {
      return state.connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const clients: HttpClient[] = [];
function client(options: Partial<HttpClientOptions> = {}): HttpClient {
  const created = createHttpClient({ userAgent: 'FeedwrightTest/1.0 (+https://example.org/bot)', allowPrivateNetworks: ['127.0.0.0/8'], ...options });
  clients.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

async function fetchError(promise: Promise<unknown>): Promise<FeedwrightError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(FeedwrightError);
  return error as FeedwrightError;
}

function expectBody(result: FetchResult): Uint8Array {
  if (result.notModified) throw new Error('expected a body, got 304');
  return result.body;
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('createHttpClient against a loopback server', () => {
  let server: TestServer;
  const bigChunk = Buffer.alloc(64 * 1024, 'x');
  const bytesSent = { huge: 0 };

  beforeAll(async () => {
    const page = '<html><body>你好，世界</body></html>';
    server = await startServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const path = url.pathname;
      if (path === '/page') {
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          etag: '"v1"',
          'last-modified': 'Wed, 25 Nov 2026 10:00:00 GMT',
        });
        res.end(page);
      } else if (path === '/conditional') {
        if (req.headers['if-none-match'] === '"v1"' || req.headers['if-modified-since'] === 'Wed, 25 Nov 2026 10:00:00 GMT') {
          res.writeHead(304, { etag: '"v1"' });
          res.end();
        } else {
          res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' });
          res.end('fresh');
        }
      } else if (path === '/gzip') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        res.end(gzipSync(page));
      } else if (path === '/br') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' });
        res.end(brotliCompressSync(page));
      } else if (path === '/deflate') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' });
        res.end(deflateSync(page));
      } else if (path === '/deflate-raw') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' });
        res.end(deflateRawSync(page));
      } else if (path === '/gzip-then-br') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip, br' });
        res.end(brotliCompressSync(gzipSync(page)));
      } else if (path === '/gzip-truncated') {
        // Without the 8-byte trailer (CRC and length), as some servers and proxies send it.
        const full = gzipSync(page);
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        res.end(full.subarray(0, full.length - 8));
      } else if (path === '/gzip-corrupt') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        res.end(Buffer.from('this is not gzip at all'));
      } else if (path === '/zstd') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'zstd' });
        res.end(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]));
      } else if (path === '/gzip-bomb') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        res.end(gzipSync(Buffer.alloc(50 * 1024 * 1024)));
      } else if (path === '/status') {
        const status = Number(url.searchParams.get('code'));
        const retryAfter = url.searchParams.get('retryAfter');
        res.writeHead(status, retryAfter === null ? {} : { 'retry-after': retryAfter });
        res.end('status page');
      } else if (path === '/never') {
        // Never answers: the client's deadline must end the request.
      } else if (path === '/stall-body') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html>');
      } else if (path === '/huge') {
        // 50 MB, streamed with back-pressure so that the bytes actually sent can be counted.
        res.writeHead(200, { 'content-type': 'text/html' });
        let remaining = 50 * 1024 * 1024;
        const pump = (): void => {
          while (remaining > 0) {
            remaining -= bigChunk.length;
            bytesSent.huge += bigChunk.length;
            if (!res.write(bigChunk)) {
              res.once('drain', pump);
              return;
            }
          }
          res.end();
        };
        res.on('close', () => {
          remaining = 0;
        });
        pump();
      } else if (path === '/declared-huge') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
        res.write('<html>');
      } else if (path === '/reset') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html>');
        setTimeout(() => req.socket.destroy(), 20);
      } else if (path === '/loop-a') {
        res.writeHead(302, { location: '/loop-b' }).end();
      } else if (path === '/loop-b') {
        res.writeHead(301, { location: `${server.origin}/loop-a` }).end();
      } else if (path.startsWith('/hop/')) {
        const n = Number(path.slice('/hop/'.length));
        if (n === 0) res.writeHead(200, { 'content-type': 'text/plain' }).end('arrived');
        else res.writeHead(n % 2 === 0 ? 307 : 308, { location: `../hop/${n - 1}` }).end();
      } else if (path === '/redirect-ftp') {
        res.writeHead(302, { location: 'ftp://example.org/file' }).end();
      } else if (path === '/redirect-no-location') {
        res.writeHead(302).end();
      } else if (path === '/echo-headers') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(req.headers));
      } else {
        res.writeHead(404).end();
      }
    });
  });

  afterAll(async () => {
    await server.close();
  });

  it('returns the body, content type, validators and final URL of a 200', async () => {
    const result = await client().fetch({ url: `${server.origin}/page` });
    expect(result).toMatchObject({
      status: 200,
      url: `${server.origin}/page`,
      notModified: false,
      contentType: 'text/html; charset=utf-8',
      etag: '"v1"',
      lastModified: 'Wed, 25 Nov 2026 10:00:00 GMT',
    });
    expect(text(expectBody(result))).toBe('<html><body>你好，世界</body></html>');
    expect(result.headers.etag).toBe('"v1"');
  });

  it('sends the User-Agent, the default Accept and Accept-Encoding', async () => {
    const result = await client().fetch({ url: `${server.origin}/echo-headers` });
    const headers = JSON.parse(text(expectBody(result))) as Record<string, string>;
    expect(headers['user-agent']).toBe('FeedwrightTest/1.0 (+https://example.org/bot)');
    expect(headers.accept).toBe('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8');
    expect(headers['accept-encoding']).toBe('gzip, deflate, br');
    expect(headers['if-none-match']).toBeUndefined();
  });

  it('sends a caller-chosen Accept and the conditional headers when given', async () => {
    const result = await client().fetch({
      url: `${server.origin}/echo-headers`,
      accept: 'application/rss+xml',
      etag: '"abc"',
      lastModified: 'Wed, 25 Nov 2026 10:00:00 GMT',
    });
    const headers = JSON.parse(text(expectBody(result))) as Record<string, string>;
    expect(headers.accept).toBe('application/rss+xml');
    expect(headers['if-none-match']).toBe('"abc"');
    expect(headers['if-modified-since']).toBe('Wed, 25 Nov 2026 10:00:00 GMT');
  });

  it.each(['gzip', 'br', 'deflate', 'deflate-raw', 'gzip-then-br', 'gzip-truncated'])('decodes a %s-encoded body', async (encoding) => {
    const result = await client().fetch({ url: `${server.origin}/${encoding}` });
    expect(text(expectBody(result))).toBe('<html><body>你好，世界</body></html>');
  });

  it('maps an undecodable compressed body to FETCH_NETWORK', async () => {
    const error = await fetchError(client().fetch({ url: `${server.origin}/gzip-corrupt` }));
    expect(error.code).toBe('FETCH_NETWORK');
    expect(error.details.url).toBe(`${server.origin}/gzip-corrupt`);
  });

  it('refuses a Content-Encoding it did not ask for with FETCH_NOT_HTML', async () => {
    const error = await fetchError(client().fetch({ url: `${server.origin}/zstd` }));
    expect(error.code).toBe('FETCH_NOT_HTML');
    expect(error.details).toMatchObject({ url: `${server.origin}/zstd`, contentEncoding: 'zstd' });
  });

  it('sends no browser-only headers', async () => {
    const result = await client().fetch({ url: `${server.origin}/echo-headers` });
    const headers = JSON.parse(text(expectBody(result))) as Record<string, string>;
    expect(Object.keys(headers).sort()).toEqual(['accept', 'accept-encoding', 'connection', 'host', 'user-agent']);
  });

  it('returns notModified for a 304 answer to If-None-Match', async () => {
    const result = await client().fetch({ url: `${server.origin}/conditional`, etag: '"v1"' });
    expect(result).toMatchObject({ status: 304, notModified: true, url: `${server.origin}/conditional` });
    expect(result.headers.etag).toBe('"v1"');
  });

  it('returns notModified for a 304 answer to If-Modified-Since', async () => {
    const result = await client().fetch({ url: `${server.origin}/conditional`, lastModified: 'Wed, 25 Nov 2026 10:00:00 GMT' });
    expect(result.notModified).toBe(true);
  });

  it('returns the fresh body when the validator no longer matches', async () => {
    const result = await client().fetch({ url: `${server.origin}/conditional`, etag: '"v0"' });
    expect(text(expectBody(result))).toBe('fresh');
  });

  it.each([
    [404, 'FETCH_NOT_FOUND', false],
    [410, 'FETCH_GONE', false],
    [403, 'FETCH_HTTP_4XX', false],
    [400, 'FETCH_HTTP_4XX', false],
    [500, 'FETCH_HTTP_5XX', true],
    [502, 'FETCH_HTTP_5XX', true],
  ] as const)('maps status %i to %s (transient: %s)', async (status, code, transient) => {
    const url = `${server.origin}/status?code=${status}`;
    const error = await fetchError(client().fetch({ url }));
    expect(error.code).toBe(code);
    expect(error.transient).toBe(transient);
    expect(error.details).toMatchObject({ url, status });
  });

  it('maps 429 to FETCH_RATE_LIMITED with Retry-After seconds as retryAfterMs', async () => {
    const error = await fetchError(client().fetch({ url: `${server.origin}/status?code=429&retryAfter=30` }));
    expect(error.code).toBe('FETCH_RATE_LIMITED');
    expect(error.transient).toBe(true);
    expect(error.details).toMatchObject({ status: 429, retryAfterMs: 30_000 });
  });

  it('reads a Retry-After HTTP-date on a 503', async () => {
    const at = new Date(Date.now() + 120_000).toUTCString();
    const error = await fetchError(client().fetch({ url: `${server.origin}/status?code=503&retryAfter=${encodeURIComponent(at)}` }));
    expect(error.code).toBe('FETCH_HTTP_5XX');
    expect(error.details.retryAfterMs).toBeGreaterThan(100_000);
    expect(error.details.retryAfterMs).toBeLessThanOrEqual(120_000);
  });

  it('ends a request to a server that never answers with FETCH_TIMEOUT', async () => {
    const started = Date.now();
    const error = await fetchError(client({ timeoutMs: 300 }).fetch({ url: `${server.origin}/never` }));
    expect(error.code).toBe('FETCH_TIMEOUT');
    expect(error.transient).toBe(true);
    expect(error.details).toMatchObject({ url: `${server.origin}/never`, timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('counts the body against the deadline too', async () => {
    const error = await fetchError(client({ timeoutMs: 300 }).fetch({ url: `${server.origin}/stall-body` }));
    expect(error.code).toBe('FETCH_TIMEOUT');
  });

  it('stops reading a 50 MB response as soon as it passes maxBytes', async () => {
    bytesSent.huge = 0;
    const heapBefore = process.memoryUsage().arrayBuffers;
    const started = Date.now();
    const error = await fetchError(client({ maxBytes: 1024 * 1024 }).fetch({ url: `${server.origin}/huge` }));
    expect(error.code).toBe('FETCH_TOO_LARGE');
    expect(error.transient).toBe(false);
    expect(error.details).toMatchObject({ url: `${server.origin}/huge`, status: 200, maxBytes: 1024 * 1024 });
    expect(Date.now() - started).toBeLessThan(3_000);
    // Socket buffers let the server get a few MB ahead, never the whole 50 MB.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(bytesSent.huge).toBeLessThan(16 * 1024 * 1024);
    expect(process.memoryUsage().arrayBuffers - heapBefore).toBeLessThan(16 * 1024 * 1024);
  });

  it('refuses a declared Content-Length above maxBytes without reading the body', async () => {
    const error = await fetchError(client({ maxBytes: 1024 * 1024 }).fetch({ url: `${server.origin}/declared-huge` }));
    expect(error.code).toBe('FETCH_TOO_LARGE');
  });

  it('applies maxBytes to the decoded size, so a gzip bomb is refused', async () => {
    const error = await fetchError(client({ maxBytes: 1024 * 1024 }).fetch({ url: `${server.origin}/gzip-bomb` }));
    expect(error.code).toBe('FETCH_TOO_LARGE');
  });

  it('maps a connection reset mid-body to FETCH_NETWORK', async () => {
    const error = await fetchError(client().fetch({ url: `${server.origin}/reset` }));
    expect(error.code).toBe('FETCH_NETWORK');
    expect(error.transient).toBe(true);
    expect(error.details.url).toBe(`${server.origin}/reset`);
  });

  it('follows relative redirects and reports the final URL', async () => {
    const result = await client({ maxRedirects: 3 }).fetch({ url: `${server.origin}/hop/3` });
    expect(result.url).toBe(`${server.origin}/hop/0`);
    expect(text(expectBody(result))).toBe('arrived');
  });

  it('refuses a redirect chain longer than maxRedirects', async () => {
    const error = await fetchError(client({ maxRedirects: 3 }).fetch({ url: `${server.origin}/hop/4` }));
    expect(error.code).toBe('FETCH_TOO_MANY_REDIRECTS');
    expect(error.transient).toBe(false);
    expect(error.details).toMatchObject({ url: `${server.origin}/hop/1`, redirects: 4, maxRedirects: 3 });
  });

  it('detects a redirect loop before running out of redirects', async () => {
    const error = await fetchError(client({ maxRedirects: 20 }).fetch({ url: `${server.origin}/loop-a` }));
    expect(error.code).toBe('FETCH_TOO_MANY_REDIRECTS');
    expect(error.details).toMatchObject({ loop: true, location: `${server.origin}/loop-a` });
    expect(server.requests.filter((req) => req.url === '/loop-a')).toHaveLength(1);
  });

  it('refuses a redirect to a non-http scheme with FETCH_BAD_URL', async () => {
    const error = await fetchError(client().fetch({ url: `${server.origin}/redirect-ftp` }));
    expect(error.code).toBe('FETCH_BAD_URL');
  });

  it('refuses a redirect without Location with FETCH_BAD_URL', async () => {
    const error = await fetchError(client().fetch({ url: `${server.origin}/redirect-no-location` }));
    expect(error.code).toBe('FETCH_BAD_URL');
  });

  it('hands back the caller’s own abort reason when the caller cancels', async () => {
    const controller = new AbortController();
    const reason = new Error('job cancelled');
    setTimeout(() => controller.abort(reason), 50);
    await expect(client().fetch({ url: `${server.origin}/never`, signal: controller.signal })).rejects.toBe(reason);
  });
});

describe('createHttpClient failures before any response', () => {
  it.each(['not a url', 'ftp://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'http://user:secret@example.org/'])(
    'refuses %j with FETCH_BAD_URL',
    async (url) => {
      const error = await fetchError(client().fetch({ url }));
      expect(error.code).toBe('FETCH_BAD_URL');
      expect(error.transient).toBe(false);
      expect(error.details.url).toBe(url);
    },
  );

  it('maps a refused connection to FETCH_NETWORK', async () => {
    const closed = await startServer(() => undefined);
    await closed.close();
    const error = await fetchError(client().fetch({ url: `${closed.origin}/` }));
    expect(error.code).toBe('FETCH_NETWORK');
    expect(error.transient).toBe(true);
    expect(error.details).toMatchObject({ url: `${closed.origin}/`, code: 'ECONNREFUSED' });
  });

  it('maps an unresolvable host name to FETCH_NETWORK', async () => {
    const error = await fetchError(client().fetch({ url: 'http://feedwright-test.invalid/' }));
    expect(error.code).toBe('FETCH_NETWORK');
    expect(error.details.url).toBe('http://feedwright-test.invalid/');
  });
});

describe('createHttpClient address guard', () => {
  let target: TestServer;
  let relay: TestServer;

  beforeAll(async () => {
    target = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('private data');
    });
    // 127.0.0.2 stands in for an allowed host that redirects to a forbidden one.
    relay = await startServer((_req, res) => {
      res.writeHead(302, { location: `${target.origin}/secret` }).end();
    }, '127.0.0.2');
  });

  afterAll(async () => {
    await Promise.all([target.close(), relay.close()]);
  });

  it.each([
    ['a literal loopback address', (port: number) => `http://127.0.0.1:${port}/secret`],
    ['a loopback address in integer form', (port: number) => `http://2130706433:${port}/secret`],
    ['an IPv4-mapped IPv6 literal', (port: number) => `http://[::ffff:127.0.0.1]:${port}/secret`],
    ['a host name resolving to loopback', (port: number) => `http://localhost:${port}/secret`],
  ])('blocks %s when private networks are not allowed, without connecting', async (_label, makeUrl) => {
    const connectionsBefore = target.connections;
    const url = makeUrl(target.port);
    const error = await fetchError(client({ allowPrivateNetworks: false }).fetch({ url }));
    expect(error.code).toBe('FETCH_BLOCKED_ADDRESS');
    expect(error.transient).toBe(false);
    expect(error.details.url).toBe(new URL(url).href);
    expect(target.connections).toBe(connectionsBefore);
  });

  it('blocks the IPv6 loopback literal', async () => {
    const error = await fetchError(client({ allowPrivateNetworks: false }).fetch({ url: 'http://[::1]:8080/' }));
    expect(error.code).toBe('FETCH_BLOCKED_ADDRESS');
  });

  it('blocks a redirect from an allowed host to a forbidden address', async () => {
    const connectionsBefore = target.connections;
    const error = await fetchError(client({ allowPrivateNetworks: ['127.0.0.2/32'] }).fetch({ url: `${relay.origin}/start` }));
    expect(error.code).toBe('FETCH_BLOCKED_ADDRESS');
    expect(error.details).toMatchObject({ url: `${target.origin}/secret`, address: '127.0.0.1' });
    expect(relay.requests.length).toBeGreaterThan(0);
    expect(target.connections).toBe(connectionsBefore);
  });

  it('allows loopback when allowPrivateNetworks is true', async () => {
    const result = await client({ allowPrivateNetworks: true }).fetch({ url: `http://localhost:${target.port}/secret` });
    expect(text(expectBody(result))).toBe('private data');
  });

  it('allows loopback when the CIDR list covers it, following the redirect', async () => {
    const result = await client({ allowPrivateNetworks: ['127.0.0.0/8'] }).fetch({ url: `${relay.origin}/start` });
    expect(result.url).toBe(`${target.origin}/secret`);
    expect(text(expectBody(result))).toBe('private data');
  });
});

describe('createHttpClient over TLS', () => {
  let tls: ReturnType<typeof createTlsServer>;
  let port = 0;
  let handshakes = 0;

  beforeAll(async () => {
    const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url));
    tls = createTlsServer({ key: fixture('self-signed-key.pem'), cert: fixture('self-signed-cert.pem') }, (_req, res) => res.end('secret'));
    tls.on('connection', () => {
      handshakes += 1;
    });
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    port = (tls.address() as AddressInfo).port;
  });

  afterAll(async () => {
    tls.closeAllConnections();
    await new Promise((resolve) => tls.close(resolve));
  });

  it('verifies certificates: a self-signed one is a FETCH_NETWORK failure', async () => {
    const error = await fetchError(client({ allowPrivateNetworks: true }).fetch({ url: `https://localhost:${port}/` }));
    expect(error.code).toBe('FETCH_NETWORK');
    expect(String(error.details.code)).toMatch(/SELF_SIGNED/);
  });

  it('guards https URLs before the handshake', async () => {
    const before = handshakes;
    const error = await fetchError(client({ allowPrivateNetworks: false }).fetch({ url: `https://localhost:${port}/` }));
    expect(error.code).toBe('FETCH_BLOCKED_ADDRESS');
    expect(handshakes).toBe(before);
  });
});
