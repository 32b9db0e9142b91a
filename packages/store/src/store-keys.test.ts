import { queuePrefix } from '@feedwright/core/hash-tag.ts';
import { describe, expect, it } from 'vitest';
import { storeKeys } from './store-keys.ts';

/** What Redis Cluster hashes: the first non-empty `{…}` of the key, else the whole key. */
function hashedPart(key: string): string {
  const open = key.indexOf('{');
  const close = open === -1 ? -1 : key.indexOf('}', open + 1);
  return open !== -1 && close > open + 1 ? key.slice(open + 1, close) : key;
}

describe('store key layout on Redis Cluster', () => {
  const keys = storeKeys('fw');

  it('keeps every key of the upsert script (article, index, version, event log, seen buckets, validators, health) in one slot', () => {
    const touched = [
      keys.article('a1'),
      keys.article('zz'),
      keys.sourceArticles('s1'),
      keys.sourceArticles('other'),
      keys.sourceVersion('s1'),
      keys.events,
      keys.seenBucket('000'),
      keys.seenBucket('fff'),
      keys.validators('u1'),
      keys.sourceHealth('s1'),
    ];
    expect(new Set(touched.map(hashedPart))).toEqual(new Set(['fw:content']));
  });

  it("keeps each of retention's scripts and pipelines in one slot: per-article removal, event and health trims, seen reads, writes and sweeps with their cursor", () => {
    const removal = [keys.article('a1'), keys.sourceArticles('s1'), keys.sourceVersion('s1'), keys.validators('a1')];
    const seen = [...Array.from({ length: 0x1000 }, (_, b) => keys.seenBucket(b.toString(16).padStart(3, '0'))), keys.seenSweepCursor];
    for (const group of [removal, seen, [keys.events], [keys.sourceHealth('s1')]]) expect(new Set(group.map(hashedPart))).toEqual(new Set(['fw:content']));
    expect(hashedPart(keys.deliveries('sub_1'))).toBe('fw:subscriptions');
    // Single keys that no script shares spread by their own name (the seen set of earlier versions is read and emptied alone).
    for (const key of [keys.seenLegacy, keys.knownSources, keys.retentionRemoved]) expect(hashedPart(key)).toBe(key);
  });

  it('keeps a subscription, its failing-since mark and its delivery log together (one MULTI removes them)', () => {
    expect(new Set([keys.subscriptions, keys.subscriptionsFailingSince, keys.deliveries('sub_1')].map(hashedPart))).toEqual(new Set(['fw:subscriptions']));
  });

  it('gives each host its own slot for its budget and in-flight leases, apart from other hosts', () => {
    expect(hashedPart(keys.host('a.example'))).toBe(hashedPart(keys.hostInFlight('a.example')));
    expect(hashedPart(keys.host('a.example'))).not.toBe(hashedPart(keys.host('b.example')));
  });

  it('spreads single-key state by its own name, and each BullMQ queue over its own slot', () => {
    expect(hashedPart(keys.robots('https://a.example'))).toBe(keys.robots('https://a.example'));
    expect(hashedPart(keys.sourceState('s1'))).toBe(keys.sourceState('s1'));
    const queues = ['discover', 'fetch', 'deliver', 'maintenance'].map((q) => hashedPart(`${queuePrefix('fw', q)}:${q}:wait`));
    expect(queues).toEqual(['fw:discover', 'fw:fetch', 'fw:deliver', 'fw:maintenance']);
  });

  it('starts every key with the installation prefix (tests and operators delete by `prefix:*`)', () => {
    for (const key of [keys.article('a'), keys.subscriptions, keys.host('h'), keys.robots('o'), `${queuePrefix('fw', 'fetch')}:fetch:1`])
      expect(key.startsWith('fw:')).toBe(true);
  });

  it('falls back to one slot for everything when the prefix itself is a hash tag', () => {
    const braced = storeKeys('{fw}');
    expect(new Set([braced.article('a'), braced.subscriptions, braced.host('h'), `${queuePrefix('{fw}', 'fetch')}:fetch:wait`].map(hashedPart))).toEqual(
      new Set(['fw']),
    );
  });
});
