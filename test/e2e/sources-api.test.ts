import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPublisherHarness } from '../support/publisher-harness.ts';
import { startSmallSite, type SmallSite } from '../support/small-site.ts';

describe('the sources API (real publisher, real Redis)', () => {
  let harness: Awaited<ReturnType<typeof startPublisherHarness>>;
  let gazette: SmallSite;

  beforeAll(async () => {
    harness = await startPublisherHarness();
    gazette = await startSmallSite('feed');
  }, 30_000);

  afterAll(async () => {
    await harness?.close();
    await gazette?.close();
  });

  it('lists YAML sources with their origin, and refuses to change or delete them with API_CONFLICT', async () => {
    const listed = await harness.api('GET', '/api/sources');
    expect(listed.json.sources.map((s: { id: string; origin: string; feed: unknown }) => [s.id, s.origin, s.feed])).toEqual([
      ['simp', 'yaml', null],
      ['trad', 'yaml', null],
    ]);
    for (const [method, body] of [
      ['PATCH', { name: 'x' }],
      ['DELETE', undefined],
    ] as const) {
      const answer = await harness.api(method, '/api/sources/simp', body);
      expect(answer.status).toBe(409);
      expect(answer.json.error).toMatchObject({ code: 'API_CONFLICT', message: expect.stringContaining('feedwright.yaml') });
    }
  });

  it('validates a new source with the YAML schema, naming every problem, and refuses taken ids', async () => {
    const bad = await harness.api('POST', '/api/sources', { site: 'not a url' });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('API_BAD_REQUEST');
    const worse = await harness.api('POST', '/api/sources', { site: gazette.url, id: 'Bad Id', interval: { min: 'soon' }, discover: [{ feed: 'nope' }] });
    expect(worse.status).toBe(400);
    expect(worse.json.error.details.map((p: { path: string }) => p.path)).toEqual(expect.arrayContaining(['id', 'interval.min', 'discover[0].feed']));
    const taken = await harness.api('POST', '/api/sources', { site: gazette.url, id: 'news', discover: [{ feed: `${gazette.origin}/atom.xml` }] });
    expect(taken.status).toBe(409);
    expect(taken.json.error.code).toBe('API_CONFLICT');
    const unauthorized = await fetch(`${harness.base}/api/sources`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ site: gazette.url }),
    });
    expect(unauthorized.status).toBe(401);
  });

  it('answers DISCOVER_NOTHING_FOUND (422) for a site with nothing usable', async () => {
    const nothing = await harness.api('POST', '/api/sources', { site: `${gazette.origin}/about` });
    expect(nothing.status).toBe(422);
    expect(nothing.json.error.code).toBe('DISCOVER_NOTHING_FOUND');
  });

  it('adds a source whose routes are found by inspection, pauses, resumes, changes and removes it', async () => {
    const created = await harness.api('POST', '/api/sources', { site: gazette.url, id: 'gazette' });
    expect(created.status).toBe(201);
    expect(created.json.source).toMatchObject({ id: 'gazette', origin: 'api', paused: false, discover: [{ feed: `${gazette.origin}/atom.xml` }] });
    expect((await harness.api('POST', '/api/sources/gazette/pause')).json.paused).toBe(true);
    expect((await harness.api('POST', '/api/sources/simp/pause')).json).toMatchObject({ id: 'simp', paused: true });
    expect((await harness.api('POST', '/api/sources/simp/resume')).json.paused).toBe(false);
    const patched = await harness.api('PATCH', '/api/sources/gazette', { name: 'Harbour Gazette', language: 'en-GB' });
    expect(patched.json).toMatchObject({ name: 'Harbour Gazette', language: 'en-GB', paused: true });
    expect((await harness.api('PATCH', '/api/sources/gazette', { id: 'other' })).status).toBe(400);
    expect((await harness.api('PATCH', '/api/sources/gazette', { interval: { min: '1h', max: '1m' } })).status).toBe(400);
    // Its own feed exists (empty until polled) and is in the OPML list.
    expect((await fetch(`${harness.base}/feeds/gazette.atom`)).status).toBe(200);
    expect(await (await fetch(`${harness.base}/feeds.opml`)).text()).toContain(`${harness.base}/feeds/gazette.atom`);
    expect((await harness.api('DELETE', '/api/sources/gazette')).status).toBe(204);
    expect((await fetch(`${harness.base}/feeds/gazette.atom`)).status).toBe(404);
  });
});
