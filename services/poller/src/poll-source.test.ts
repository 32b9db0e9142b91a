import { validateConfig } from '@feedwright/core/config.ts';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import type { FetchRequest, FetchResult, HttpClient } from '@feedwright/http/http-client.ts';
import type { Store } from '@feedwright/store/create-store.ts';
import { describe, expect, it } from 'vitest';
import { pollSource } from './poll-source.ts';

/** Fakes of the poll's ports: pages by URL (a FeedwrightError answers with that error), an in-memory store. */
function ports(pages: Record<string, string | FeedwrightError>, seen: string[] = []) {
  const requests: FetchRequest[] = [];
  const http: HttpClient = {
    async fetch(request): Promise<FetchResult> {
      requests.push(request);
      const page = pages[request.url];
      if (page === undefined) throw new FeedwrightError('FETCH_NOT_FOUND', `no page ${request.url}`);
      if (page instanceof FeedwrightError) throw page;
      return {
        status: 200,
        url: request.url,
        notModified: false,
        body: Buffer.from(page),
        contentType: 'application/xml',
        etag: null,
        lastModified: null,
        headers: {},
      };
    },
    close: async () => undefined,
  };
  const memory = new Map<string, unknown>();
  const store = {
    validators: { get: async () => ({ etag: null, lastModified: null }), set: async () => undefined },
    sourceState: {
      recall: async (id: string, name: string) => memory.get(`${id}/${name}`) ?? null,
      remember: async (id: string, name: string, value: unknown) => void memory.set(`${id}/${name}`, value),
    },
    seen: { filterUnseen: async (ids: readonly string[]) => ids.filter((id) => !seen.includes(id)) },
  } as unknown as Store;
  return { http, store, requests, sitemapsOf: async () => [], now: new Date('2026-02-05T06:00:00Z') };
}

const rss = (...links: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${links.map((l) => `<item><title>x</title><link>${l}</link></item>`).join('')}</channel></rss>`;

function source(discover: unknown[]) {
  const result = validateConfig({ sources: [{ id: 's', name: 'S', discover }] });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config.sources[0]!;
}

describe('pollSource (fake http and store)', () => {
  it('collects the links of every route once and enqueues only unseen ones, with per-host outcomes', async () => {
    const io = ports({
      'https://a.example/rss': rss('https://a.example/1', 'https://a.example/2'),
      'https://b.example/rss': rss('https://a.example/2', 'https://b.example/3'),
    });
    const outcome = await pollSource(source([{ feed: 'https://a.example/rss' }, { feed: 'https://b.example/rss' }]), io);
    expect(outcome.enqueued.map((job) => job.url)).toEqual(['https://a.example/1', 'https://a.example/2', 'https://b.example/3']);
    expect(outcome.enqueued.every((job) => job.reason === 'discovered' && job.sourceId === 's')).toBe(true);
    expect(outcome.routes.map((r) => [r.route, r.found, r.newItems, r.status])).toEqual([
      ['feed https://a.example/rss', 2, 2, 'ok'],
      ['feed https://b.example/rss', 2, 2, 'ok'],
    ]);
    expect(outcome.outcomes).toEqual([
      { host: 'a.example', outcome: 'ok' },
      { host: 'b.example', outcome: 'ok' },
    ]);
  });

  it('records a failing route with its code and keeps the others; a deferred host sets resumeAt', async () => {
    const io = ports({
      'https://a.example/rss': rss('https://a.example/1'),
      'https://b.example/rss': new FeedwrightError('FETCH_HTTP_5XX', 'the site answered 503'),
      'https://c.example/rss': new FeedwrightError('FETCH_HOST_DEFERRED', 'wait', { details: { retryAfterMs: 60_000 } }),
    });
    const outcome = await pollSource(source([{ feed: 'https://a.example/rss' }, { feed: 'https://b.example/rss' }, { feed: 'https://c.example/rss' }]), io);
    expect(outcome.enqueued.map((job) => job.url)).toEqual(['https://a.example/1']);
    expect(outcome.routes.map((r) => [r.status, r.errorCode])).toEqual([
      ['ok', null],
      ['error', 'FETCH_HTTP_5XX'],
      ['deferred', 'FETCH_HOST_DEFERRED'],
    ]);
    expect(outcome.outcomes.map((o) => o.outcome)).toEqual(['ok', 'FETCH_HTTP_5XX', 'FETCH_HOST_DEFERRED']);
    expect(outcome.resumeAt).toBe(io.now.getTime() + 60_000);
  });

  it('enqueues nothing already seen, and notices a route that used to find stories and now finds none', async () => {
    const io = ports({ 'https://a.example/rss': rss() });
    const previous = [
      { route: 'feed https://a.example/rss', found: 3, newItems: 0, errorCode: null, errorMessage: null, lastFoundAt: '2026-02-04T00:00:00Z', rotted: false },
    ];
    const outcome = await pollSource(source([{ feed: 'https://a.example/rss' }]), { ...io, previous });
    expect(outcome.enqueued).toEqual([]);
    expect(outcome.routes[0]).toMatchObject({ found: 0, rotted: true, lastFoundAt: '2026-02-04T00:00:00Z' });
  });

  it('reads a listing route page by page and a site route through the feed it advertises', async () => {
    const io = ports({
      'https://l.example/': '<html><body><a href="/story/1">one</a><a href="/about">about</a></body></html>',
      'https://l.example/page/2': '<html><body><a href="/story/2">two</a></body></html>',
      'https://s.example/': '<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body></body></html>',
      'https://s.example/feed.xml': rss('https://s.example/news/9'),
    });
    const outcome = await pollSource(
      source([{ listing: ['https://l.example/', 'https://l.example/page/2'], pattern: '/story/' }, { site: 'https://s.example/' }]),
      io,
    );
    expect(outcome.enqueued.map((job) => job.url)).toEqual(['https://l.example/story/1', 'https://l.example/story/2', 'https://s.example/news/9']);
    expect(outcome.routes.map((r) => r.route)).toEqual([
      'listing https://l.example/ (+1 pages)',
      'site https://s.example/',
      'site https://s.example/ → feed https://s.example/feed.xml',
    ]);
  });
});
