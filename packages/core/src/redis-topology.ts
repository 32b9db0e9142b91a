import { FeedwrightError } from './errors.ts';

export type RedisNode = { host: string; port: number };

/** Credentials of the data nodes (never logged). */
export type RedisAuth = { username: string | null; password: string | null };

/**
 * Where Redis is: one node (`REDIS_URL`), a primary found through Sentinel (`REDIS_SENTINELS`), or
 * a Redis Cluster (`REDIS_CLUSTER_NODES`). Documented in docs/redis.md.
 */
export type RedisTopology =
  | { kind: 'single'; url: string }
  | ({ kind: 'sentinel'; sentinels: RedisNode[]; name: string; sentinelPassword: string | null } & RedisAuth)
  | ({ kind: 'cluster'; nodes: RedisNode[] } & RedisAuth);

type Env = Record<string, string | undefined>;
type ReadSecret = (env: Env, name: string) => string | null;

/** Reads the Redis topology variables; conflicting or malformed ones are a CONFIG_INVALID error naming the variable. */
export function readRedisTopology(env: Env, readSecret: ReadSecret): RedisTopology {
  const set = (name: string) => env[name] !== undefined && env[name]!.trim() !== '';
  const chosen = ['REDIS_URL', 'REDIS_SENTINELS', 'REDIS_CLUSTER_NODES'].filter(set);
  if (chosen.length > 1) throw invalid(chosen.join(', '), `set only one of REDIS_URL, REDIS_SENTINELS, REDIS_CLUSTER_NODES (got ${chosen.join(' and ')})`);
  const auth: RedisAuth = { username: env.REDIS_USERNAME?.trim() || null, password: readSecret(env, 'REDIS_PASSWORD') };
  if (set('REDIS_SENTINELS')) {
    const name = env.REDIS_SENTINEL_NAME?.trim();
    if (!name) throw invalid('REDIS_SENTINEL_NAME', 'is required with REDIS_SENTINELS (the master name the sentinels monitor, e.g. mymaster)');
    return {
      kind: 'sentinel',
      sentinels: parseNodes('REDIS_SENTINELS', env.REDIS_SENTINELS!),
      name,
      sentinelPassword: readSecret(env, 'REDIS_SENTINEL_PASSWORD'),
      ...auth,
    };
  }
  for (const name of ['REDIS_SENTINEL_NAME', 'REDIS_SENTINEL_PASSWORD', 'REDIS_SENTINEL_PASSWORD_FILE']) {
    if (set(name)) throw invalid(name, 'only applies with REDIS_SENTINELS');
  }
  if (set('REDIS_CLUSTER_NODES')) return { kind: 'cluster', nodes: parseNodes('REDIS_CLUSTER_NODES', env.REDIS_CLUSTER_NODES!), ...auth };
  const url = env.REDIS_URL?.trim() || 'redis://127.0.0.1:6379';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Neither the value nor the parser's error (which carries it) is repeated: it may hold a password.
    throw invalid('REDIS_URL', 'is not a URL (expected redis://[user:password@]host:port[/db])');
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw invalid('REDIS_URL', `"${redact(url)}" must start with redis:// or rediss://`);
  if (auth.password || auth.username) {
    if (parsed.password || parsed.username) throw invalid('REDIS_PASSWORD', 'REDIS_URL already carries credentials; set them in one place');
    if (auth.username) parsed.username = encodeURIComponent(auth.username);
    if (auth.password) parsed.password = encodeURIComponent(auth.password);
    return { kind: 'single', url: parsed.toString() };
  }
  return { kind: 'single', url };
}

/** Parses `host:port,host:port` (IPv6 as `[::1]:7000`); at least one node. */
function parseNodes(variable: string, value: string): RedisNode[] {
  const nodes = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]\s]+)):(\d{1,5})$/.exec(part);
      const port = Number(match?.[3]);
      if (!match || !Number.isInteger(port) || port < 1 || port > 65535) throw invalid(variable, `"${part}" is not host:port (IPv6 as [::1]:7000)`);
      return { host: match[1] ?? match[2]!, port };
    });
  if (nodes.length === 0) throw invalid(variable, 'lists no host:port');
  return nodes;
}

/** A connection URL without its password, for logs and error messages. */
export function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}

/** How the topology reads in a log line (no credentials). */
export function describeRedisTopology(topology: RedisTopology): string {
  if (topology.kind === 'single') return redact(topology.url);
  const list = (nodes: RedisNode[]) => nodes.map((n) => (n.host.includes(':') ? `[${n.host}]:${n.port}` : `${n.host}:${n.port}`)).join(',');
  return topology.kind === 'sentinel' ? `sentinel ${topology.name}@${list(topology.sentinels)}` : `cluster ${list(topology.nodes)}`;
}

function invalid(variable: string, message: string): FeedwrightError {
  return new FeedwrightError('CONFIG_INVALID', `${variable}: ${message}`);
}
