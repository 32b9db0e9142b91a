import { afterEach, describe, expect, it, vi } from 'vitest';
import { assertValidAtom, assertValidJsonFeed, assertWellFormedXml, externalValidatorsSkipped, parseWithFeedparser } from './validators.ts';

// A validator that accepts everything would make every feed test pass; these prove each one rejects.
// The external-tool cases cannot run where FEEDWRIGHT_SKIP_EXTERNAL_VALIDATORS=1 says the tools are absent.
const withTools = it.skipIf(externalValidatorsSkipped());

const atom = (body: string, feedAuthor = '<author><name>A</name></author>') =>
  `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><id>urn:x:feed</id><title>t</title>` +
  `<updated>2026-01-01T00:00:00Z</updated><link rel="self" href="https://example.org/f.atom"/>${feedAuthor}${body}</feed>`;
const entry = (id = 'urn:x:1', extra = '') =>
  `<entry><id>${id}</id><title>e</title><updated>2026-01-01T00:00:00Z</updated><link href="https://example.org/1"/>${extra}</entry>`;

const jsonFeed = (items: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 't', items, ...extra });

describe('feed validators', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  withTools('xmllint rejects a control character and a broken CDATA section', () => {
    expect(() => assertWellFormedXml('<a>\u0001</a>')).toThrow(/not well-formed/);
    expect(() => assertWellFormedXml('<a><![CDATA[ x ]]> y ]]></a>')).toThrow(/not well-formed/);
    expect(() => assertWellFormedXml('<a>ok 😀</a>')).not.toThrow();
  });

  withTools('accepts a minimal valid Atom feed', () => {
    expect(() => assertValidAtom(atom(entry()))).not.toThrow();
  });

  withTools('rejects Atom that breaks the RELAX NG schema', () => {
    expect(() => assertValidAtom(atom('<entry><title>no id</title><updated>2026-01-01T00:00:00Z</updated></entry>'))).toThrow(/jing/);
  });

  withTools('rejects Atom that breaks RFC 4287 rules the schema cannot express', () => {
    expect(() => assertValidAtom(atom(entry(), ''))).toThrow(/no author/);
    expect(() => assertValidAtom(atom(entry('not-an-iri')))).toThrow(/absolute IRI/);
    expect(() => assertValidAtom(atom(entry() + entry()))).toThrow(/duplicate id/);
    expect(() => assertValidAtom(atom(entry('urn:x:1', '<link rel="alternate" href="https://example.org/2"/>')))).toThrow(/more than one alternate/);
  });

  withTools('reports feedparser bozo for an ill-formed feed', () => {
    const parsed = parseWithFeedparser('<rss version="2.0"><channel><title>x &nope; <</title></channel></rss>');
    expect(parsed?.bozo).toBe(1);
  });

  it('rejects JSON Feeds with the wrong version, duplicate ids, relative URLs or no content', () => {
    const item = { id: '1', url: 'https://example.org/1', content_text: '' };
    expect(() => assertValidJsonFeed(jsonFeed([item]))).not.toThrow();
    expect(() => assertValidJsonFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1', title: 't', items: [item] }))).toThrow(/version/);
    expect(() => assertValidJsonFeed(jsonFeed([item, item]))).toThrow(/duplicate id/);
    expect(() => assertValidJsonFeed(jsonFeed([{ ...item, url: '/1' }]))).toThrow(/absolute/);
    expect(() => assertValidJsonFeed(jsonFeed([item], { home_page_url: 'example.org' }))).toThrow(/absolute/);
    expect(() => assertValidJsonFeed(jsonFeed([{ id: '1' }]))).toThrow(/invalid JSON Feed/);
    expect(() => assertValidJsonFeed(jsonFeed([{ ...item, author: { name: 'x' } }]))).toThrow(/additional/);
  });

  it('fails with the install command when a tool is missing, and is silent only when told to skip', () => {
    vi.stubEnv('FEEDWRIGHT_SKIP_EXTERNAL_VALIDATORS', '');
    vi.stubEnv('PATH', '/nonexistent');
    expect(() => assertWellFormedXml('<a/>')).toThrow(/apt-get install -y libxml2-utils/);
    vi.stubEnv('FEEDWRIGHT_SKIP_EXTERNAL_VALIDATORS', '1');
    expect(() => assertWellFormedXml('<a/>')).not.toThrow();
    expect(parseWithFeedparser('<a/>')).toBeNull();
  });
});
