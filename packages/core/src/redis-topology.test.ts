import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRedisTopology } from './redis-topology.ts';
import { readRuntimeEnv } from './runtime-env.ts';

describe('Redis topology variables', () => {
  it('default to the single node on 127.0.0.1:6379', () => {
    expect(readRuntimeEnv({}).redis).toEqual({ kind: 'single', url: 'redis://127.0.0.1:6379' });
  });

  it('read a Sentinel topology with its master name and both passwords (also from files)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fw-topology-')), 'pw');
    writeFileSync(file, 'data-secret\n');
    const env = readRuntimeEnv({
      REDIS_SENTINELS: '127.0.0.1:26379, [::1]:26380,sentinel-3:26381',
      REDIS_SENTINEL_NAME: 'mymaster',
      REDIS_PASSWORD_FILE: file,
      REDIS_SENTINEL_PASSWORD: 's-secret',
    });
    expect(env.redis).toEqual({
      kind: 'sentinel',
      sentinels: [
        { host: '127.0.0.1', port: 26379 },
        { host: '::1', port: 26380 },
        { host: 'sentinel-3', port: 26381 },
      ],
      name: 'mymaster',
      sentinelPassword: 's-secret',
      username: null,
      password: 'data-secret',
    });
    expect(describeRedisTopology(env.redis!)).toBe('sentinel mymaster@127.0.0.1:26379,[::1]:26380,sentinel-3:26381');
  });

  it('read a Cluster topology, and put REDIS_USERNAME / REDIS_PASSWORD into a single-node URL', () => {
    expect(readRuntimeEnv({ REDIS_CLUSTER_NODES: 'a:7000,b:7001', REDIS_PASSWORD: 'pw' }).redis).toEqual({
      kind: 'cluster',
      nodes: [
        { host: 'a', port: 7000 },
        { host: 'b', port: 7001 },
      ],
      username: null,
      password: 'pw',
    });
    expect(readRuntimeEnv({ REDIS_URL: 'redis://r:6379/2', REDIS_USERNAME: 'fw', REDIS_PASSWORD: 'p@ss' }).redis).toEqual({
      kind: 'single',
      url: 'redis://fw:p%40ss@r:6379/2',
    });
  });

  it('refuse conflicting or malformed variables with CONFIG_INVALID naming the variable', () => {
    const code = (env: Record<string, string>) => {
      try {
        readRuntimeEnv(env);
        return 'accepted';
      } catch (error) {
        return `${(error as { code: string }).code} ${(error as Error).message}`;
      }
    };
    expect(code({ REDIS_URL: 'redis://x', REDIS_CLUSTER_NODES: 'a:1' })).toMatch(/^CONFIG_INVALID REDIS_URL, REDIS_CLUSTER_NODES: set only one/);
    expect(code({ REDIS_SENTINELS: 'a:1', REDIS_CLUSTER_NODES: 'a:1' })).toMatch(/^CONFIG_INVALID .*set only one/);
    expect(code({ REDIS_SENTINELS: 'a:1' })).toMatch(/^CONFIG_INVALID REDIS_SENTINEL_NAME: is required/);
    expect(code({ REDIS_SENTINEL_NAME: 'm' })).toMatch(/^CONFIG_INVALID REDIS_SENTINEL_NAME: only applies with REDIS_SENTINELS/);
    expect(code({ REDIS_CLUSTER_NODES: 'a:1,b' })).toMatch(/^CONFIG_INVALID REDIS_CLUSTER_NODES: "b" is not host:port/);
    expect(code({ REDIS_CLUSTER_NODES: 'a:99999' })).toMatch(/^CONFIG_INVALID REDIS_CLUSTER_NODES: "a:99999"/);
    expect(code({ REDIS_CLUSTER_NODES: ' , ' })).toMatch(/^CONFIG_INVALID REDIS_CLUSTER_NODES: lists no host:port/);
    expect(code({ REDIS_CLUSTER_NODES: '' })).toBe('accepted'); // empty = unset: the default single node
    expect(code({ REDIS_URL: 'http://x' })).toMatch(/^CONFIG_INVALID REDIS_URL: .*redis:\/\//);
    expect(code({ REDIS_URL: 'redis://:secret@x:6379', REDIS_PASSWORD: 'other' })).toMatch(
      /^CONFIG_INVALID REDIS_PASSWORD: REDIS_URL already carries credentials/,
    );
    expect(code({ REDIS_URL: 'not a url :secret@' })).not.toContain('secret');
  });
});
