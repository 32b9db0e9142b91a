import { describe, expect, it } from 'vitest';
import { parseConfig, validateSource } from './config.ts';
import { appendSources, sourceStanza } from './config-yaml.ts';

const source = {
  id: 'news-example',
  name: 'News',
  site: 'https://news.example/',
  discover: [{ listing: 'https://news.example/latest', pattern: '^https?://news\\.example/stories/\\d+/[^/]+/?$' }],
};

describe('config YAML editing', () => {
  it('appends a source to the sources list and keeps every comment of the file', () => {
    const text = `# Feedwright config — hand-written\nhttp:\n  allowPrivateNetworks: true # for the lab\nsources:\n  # the first one\n  - id: one\n    name: One\n    discover: [{ feed: "https://one.example/rss" }]\n`;
    const out = appendSources(text, [source]);
    expect(out).toContain('# Feedwright config — hand-written');
    expect(out).toContain('allowPrivateNetworks: true # for the lab');
    expect(out).toContain('# the first one');
    expect(parseConfig(out).sources.map((s) => s.id)).toEqual(['one', 'news-example']);
    expect(parseConfig(out).sources[1]!.discover).toEqual(source.discover);
  });

  it('starts a sources list when the file has none, and refuses a duplicate id with CONFIG_INVALID', () => {
    expect(parseConfig(appendSources('', [source])).sources[0]!.id).toBe('news-example');
    const once = appendSources('sources: []\n', [source]);
    expect(() => appendSources(once, [source])).toThrowError(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });

  it('prints a stanza that parses back to the same source', () => {
    const stanza = sourceStanza(source);
    expect(stanza.startsWith('- id: news-example')).toBe(true);
    expect(parseConfig(`sources:\n${stanza.replace(/^/gm, '  ')}`).sources[0]!.discover).toEqual(source.discover);
  });
});

describe('validateSource', () => {
  it('validates one source with the YAML schema, paths relative to the source', () => {
    expect(validateSource(source).ok).toBe(true);
    const bad = validateSource({ id: 'Bad', name: 'x', interval: { min: 'soon' } });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['id', 'interval.min', 'discover']));
  });
});
