import { describe, expect, it } from 'vitest';
import { validateConfig } from './config.ts';

const base = { sources: [{ id: 's', name: 'S', discover: [{ feed: 'https://example.org/rss' }] }] };

describe('config: webhook delivery and the WebSub hub', () => {
  it('defaults to disabling after 5 days of failures and to 10-day leases capped at 30 days', () => {
    const result = validateConfig(base);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.config.delivery.disableAfter).toBe(5 * 86_400_000);
    expect(result.config.websub).toEqual({ lease: 10 * 86_400_000, maxLease: 30 * 86_400_000 });
  });

  it('reads durations and reports bad ones with their paths', () => {
    const ok = validateConfig({ ...base, delivery: { disableAfter: '2d' }, websub: { lease: '1h', maxLease: '2d' } });
    expect(ok.ok && ok.config.delivery.disableAfter).toBe(2 * 86_400_000);
    expect(ok.ok && ok.config.websub.lease).toBe(3_600_000);
    const bad = validateConfig({ ...base, delivery: { disableAfter: 'soon' }, websub: { lease: 'forever', permanent: true } });
    expect(bad.ok).toBe(false);
    const paths = bad.ok ? [] : bad.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['delivery.disableAfter', 'websub.lease', 'websub']));
  });
});
