import { describe, expect, it } from 'vitest';
import { parseConfig, validateConfig } from './config.ts';
import { FeedwrightError } from './errors.ts';

const valid = `
sources:
  - id: bbc-zhongwen-simp
    name: BBC News 中文（简体）
    language: zh-Hans
    timezone: Asia/Shanghai
    interval: { min: 2m, max: 30m }
    discover:
      - feed: https://feeds.bbci.co.uk/zhongwen/simp/rss.xml
      - listing: https://www.bbc.com/zhongwen/simp
        links: 'a[href*="/zhongwen/articles/"]'
        pattern: '^https://www\\.bbc\\.com/zhongwen/articles/[a-z0-9]+/simp$'
feeds:
  - id: bbc-zhongwen
    title: BBC News 中文
    sources: [bbc-zhongwen-simp]
`;

describe('config', () => {
  it('parses a valid file, applies defaults and turns durations into milliseconds', () => {
    const config = parseConfig(valid);
    expect(config.sources[0]!.interval).toEqual({ min: 120_000, max: 1_800_000 });
    expect(config.sources[0]!.recheck).toEqual([600_000, 3_600_000, 21_600_000, 86_400_000]);
    expect(config.feeds[0]!.limit).toBe(50);
    expect(config.http.allowPrivateNetworks).toBe(false);
    expect(Object.isFrozen(config.sources[0])).toBe(true);
  });

  it('reports every error at once, each with its path', () => {
    const result = validateConfig({
      sources: [
        { id: 'ok', name: 'A', discover: [{ feed: 'https://example.org/rss' }] },
        { id: 'Bad Id', name: 'B', discover: [] },
        { id: 'c', name: 'C', timezone: 'Mars/Olympus', interval: { min: '10x' }, discover: [{ feed: 'not a url' }] },
      ],
      feeds: [{ id: 'f', title: 'F', sources: ['ok', 'missing'] }],
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^sources\[1\]\.id: must be lowercase/),
        'sources[1].discover: at least one discovery route is required',
        'sources[2].timezone: unknown IANA time zone',
        expect.stringMatching(/^sources\[2\]\.interval\.min: invalid duration "10x"/),
        expect.stringMatching(/^sources\[2\]\.discover\[0\]/),
        'feeds[0].sources[1]: unknown source "missing"',
      ]),
    );
  });

  it('rejects unknown keys so typos do not pass silently', () => {
    const result = validateConfig({ sources: [{ id: 'a', name: 'A', discover: [{ feed: 'https://x.org/' }], intervall: 5 }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.path).toBe('sources[0]');
  });

  it('throws CONFIG_INVALID with a readable message for broken YAML', () => {
    try {
      parseConfig('sources: [\n  - id: a\n   name: x');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FeedwrightError);
      expect((error as FeedwrightError).code).toBe('CONFIG_INVALID');
      expect((error as FeedwrightError).message).toContain('not valid YAML');
    }
  });
});

describe('runtime environment', () => {
  it('reads defaults, secrets from files, and rejects bad numbers with the variable named', async () => {
    const { readRuntimeEnv } = await import('./runtime-env.ts');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const defaults = readRuntimeEnv({});
    expect(defaults).toMatchObject({ redisUrl: 'redis://127.0.0.1:6379', port: 8080, prefix: 'fw', adminToken: null, healthPort: null, workerConcurrency: 4 });
    const file = join(mkdtempSync(join(tmpdir(), 'fw-env-')), 'token');
    writeFileSync(file, 's3cret\n');
    expect(readRuntimeEnv({ FEEDWRIGHT_ADMIN_TOKEN_FILE: file }).adminToken).toBe('s3cret');
    expect(() => readRuntimeEnv({ FEEDWRIGHT_WORKER_CONCURRENCY: 'lots' })).toThrowError(/FEEDWRIGHT_WORKER_CONCURRENCY/);
    expect(() => readRuntimeEnv({ PORT: '99999' })).toThrowError(/PORT/);
    expect(readRuntimeEnv({ FEEDWRIGHT_WORKER_CONCURRENCY: '16' }).workerConcurrency).toBe(16);
  });
});

describe('static webhooks', () => {
  it('accepts a Standard Webhooks secret and rejects anything else with its path', () => {
    const base = { sources: [{ id: 's', name: 'S', discover: [{ feed: 'https://x.example/rss' }] }] };
    const good = validateConfig({ ...base, webhooks: [{ url: 'https://hooks.example/', secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }] });
    expect(good.ok).toBe(true);
    const bad = validateConfig({ ...base, webhooks: [{ url: 'https://hooks.example/', secret: 'hunter2' }] });
    expect(bad.ok ? [] : bad.problems.map((p) => p.path)).toEqual(['webhooks[0].secret']);
  });
});
