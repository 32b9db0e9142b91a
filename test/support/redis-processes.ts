import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort } from './free-port.ts';

/**
 * `count` free loopback ports, all different: freePort() releases the port it found, so two calls
 * can return the same one (a cluster rig once gave a node's port again to the next node).
 */
async function distinctFreePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

/** One redis-server (or sentinel) process started by a test, on a loopback port. */
export type RedisProcess = { port: number; child: ChildProcess; kill(signal?: NodeJS.Signals): Promise<void> };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Throws a clear error when redis-server / redis-cli are not installed (.ci/run installs them). */
function requireRedisBinaries(): void {
  for (const binary of ['redis-server', 'redis-cli']) {
    if (spawnSync(binary, ['--version']).status !== 0) throw new Error(`${binary} is not installed: apt-get install redis-server (.ci/run installs it)`);
  }
}

function startProcess(args: string[], port: number): RedisProcess {
  const child = spawn('redis-server', args, { stdio: 'ignore' });
  child.on('error', () => undefined);
  return {
    port,
    child,
    async kill(signal = 'SIGKILL') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill(signal);
      await exited;
    },
  };
}

/** Sends one command to the node at `port` and returns its reply (null when it does not answer). */
export async function askNode(port: number, ...command: string[]): Promise<unknown> {
  const redis = new Redis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 1000 });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return await redis.call(command[0]!, ...command.slice(1));
  } catch {
    return null;
  } finally {
    redis.disconnect();
  }
}

async function until(what: string, timeoutMs: number, predicate: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await sleep(200);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

const infoField = (info: unknown, field: string) => new RegExp(`^${field}:(.*)$`, 'm').exec(String(info ?? ''))?.[1]?.trim();

/** Options both topologies share: no persistence, fast replica sync. */
const BASE = [
  '--bind',
  '127.0.0.1',
  '--save',
  '',
  '--appendonly',
  'no',
  '--protected-mode',
  'no',
  '--repl-diskless-sync',
  'yes',
  '--repl-diskless-sync-delay',
  '0',
];

export type RedisClusterRig = {
  nodes: Array<{ host: string; port: number }>;
  /** `host:port,…` for REDIS_CLUSTER_NODES. */
  nodesVariable: string;
  /** Ports of the nodes that are masters now (after a failover, the promoted replica is one). */
  masters(): Promise<number[]>;
  /** The master holding the most keys. */
  busiestMaster(): Promise<number>;
  /** SIGKILLs the node on `port` and waits until the cluster is ok again without it (a replica promoted). */
  killMaster(port: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
};

/**
 * Starts a Redis Cluster of 3 masters and 3 replicas on free loopback ports (data in temporary
 * folders, cluster bus on its own free port) and waits until every node reports `cluster_state:ok`
 * and every master has its replica. `stop` kills all six and removes the folders.
 */
export async function startRedisCluster(options: { nodeTimeoutMs?: number } = {}): Promise<RedisClusterRig> {
  requireRedisBinaries();
  const root = mkdtempSync(join(tmpdir(), 'feedwright-cluster-'));
  const processes: RedisProcess[] = [];
  const stop = async () => {
    await Promise.all(processes.map((p) => p.kill()));
    rmSync(root, { recursive: true, force: true });
  };
  try {
    const ports = await distinctFreePorts(12);
    for (let i = 0; i < 6; i++) {
      const port = ports[2 * i]!;
      const busPort = ports[2 * i + 1]!;
      const dir = join(root, String(port));
      mkdirSync(dir);
      processes.push(
        startProcess(
          [
            '--port',
            String(port),
            '--cluster-port',
            String(busPort),
            '--dir',
            dir,
            ...BASE,
            '--cluster-enabled',
            'yes',
            '--cluster-config-file',
            'nodes.conf',
            '--cluster-node-timeout',
            String(options.nodeTimeoutMs ?? 3000),
            // A replica always takes over, however long it was cut off (a test kills masters on purpose).
            '--cluster-replica-validity-factor',
            '0',
          ],
          port,
        ),
      );
    }
    for (const p of processes) await until(`redis-server on ${p.port}`, 30_000, async () => (await askNode(p.port, 'PING')) === 'PONG');
    const created = spawnSync(
      'redis-cli',
      ['--cluster', 'create', ...processes.map((p) => `127.0.0.1:${p.port}`), '--cluster-replicas', '1', '--cluster-yes'],
      { encoding: 'utf8', timeout: 60_000 },
    );
    if (created.status !== 0) throw new Error(`redis-cli --cluster create failed: ${created.stdout}${created.stderr}`);
    await until('cluster_state:ok on every node', 30_000, async () => {
      for (const p of processes) if (infoField(await askNode(p.port, 'CLUSTER', 'INFO'), 'cluster_state') !== 'ok') return false;
      return true;
    });
    await until('every master with a connected replica', 30_000, async () => {
      let masters = 0;
      for (const p of processes) {
        const info = await askNode(p.port, 'INFO', 'replication');
        if (infoField(info, 'role') === 'master') {
          masters++;
          if (infoField(info, 'connected_slaves') !== '1' || !/slave0:.*state=online/.test(String(info))) return false;
        }
      }
      return masters === 3;
    });
  } catch (error) {
    await stop();
    throw error;
  }
  const alive = () => processes.filter((p) => p.child.exitCode === null && p.child.signalCode === null);
  const masters = async () => {
    const out: number[] = [];
    for (const p of alive()) if (infoField(await askNode(p.port, 'INFO', 'replication'), 'role') === 'master') out.push(p.port);
    return out;
  };
  return {
    nodes: processes.map((p) => ({ host: '127.0.0.1', port: p.port })),
    nodesVariable: processes.map((p) => `127.0.0.1:${p.port}`).join(','),
    masters,
    async busiestMaster() {
      let best = { port: 0, keys: -1 };
      for (const port of await masters()) {
        const keys = Number(await askNode(port, 'DBSIZE'));
        if (keys > best.keys) best = { port, keys };
      }
      return best.port;
    },
    async killMaster(port, timeoutMs = 60_000) {
      await processes.find((p) => p.port === port)!.kill('SIGKILL');
      await until(`a replica to replace the master on ${port}`, timeoutMs, async () => {
        const survivors = alive();
        for (const p of survivors) if (infoField(await askNode(p.port, 'CLUSTER', 'INFO'), 'cluster_state') !== 'ok') return false;
        return (await masters()).length === 3;
      });
    },
    stop,
  };
}

export type RedisSentinelRig = {
  /** `host:port,…` for REDIS_SENTINELS. */
  sentinelsVariable: string;
  masterName: string;
  /** Port of the current primary, as the sentinels see it. */
  primary(): Promise<number>;
  /** SIGKILLs the primary and waits until the sentinels have promoted the replica. */
  killPrimary(timeoutMs?: number): Promise<number>;
  stop(): Promise<void>;
};

/**
 * Starts one primary, one replica and three sentinels (`redis-server FILE --sentinel`, quorum 2)
 * on free loopback ports and waits until the sentinels know the replica and each other.
 * `stop` kills all five and removes the folders.
 */
export async function startRedisSentinel(options: { downAfterMs?: number } = {}): Promise<RedisSentinelRig> {
  requireRedisBinaries();
  const root = mkdtempSync(join(tmpdir(), 'feedwright-sentinel-'));
  const masterName = 'feedwright';
  const processes: RedisProcess[] = [];
  const sentinels: RedisProcess[] = [];
  const stop = async () => {
    await Promise.all([...sentinels, ...processes].map((p) => p.kill()));
    rmSync(root, { recursive: true, force: true });
  };
  const primaryPort = async (): Promise<number> => {
    for (const s of sentinels) {
      const reply = (await askNode(s.port, 'SENTINEL', 'get-master-addr-by-name', masterName)) as string[] | null;
      if (reply?.[1]) return Number(reply[1]);
    }
    return 0;
  };
  try {
    const ports = await distinctFreePorts(5);
    for (let i = 0; i < 2; i++) {
      const port = ports[i]!;
      const dir = join(root, `data-${port}`);
      mkdirSync(dir);
      const replicaOf = i === 1 ? ['--replicaof', '127.0.0.1', String(processes[0]!.port)] : [];
      processes.push(startProcess(['--port', String(port), '--dir', dir, ...BASE, ...replicaOf], port));
    }
    for (const p of processes) await until(`redis-server on ${p.port}`, 30_000, async () => (await askNode(p.port, 'PING')) === 'PONG');
    const primary = processes[0]!.port;
    await until('the replica in sync', 20_000, async () => /slave0:.*state=online/.test(String(await askNode(primary, 'INFO', 'replication'))));
    for (let i = 0; i < 3; i++) {
      const port = ports[2 + i]!;
      const file = join(root, `sentinel-${port}.conf`);
      writeFileSync(
        file,
        [
          `port ${port}`,
          'bind 127.0.0.1',
          'protected-mode no',
          `dir ${root}`,
          `sentinel monitor ${masterName} 127.0.0.1 ${primary} 2`,
          `sentinel down-after-milliseconds ${masterName} ${options.downAfterMs ?? 1500}`,
          `sentinel failover-timeout ${masterName} 10000`,
          `sentinel parallel-syncs ${masterName} 1`,
          '',
        ].join('\n'),
      );
      const sentinel = spawn('redis-server', [file, '--sentinel'], { stdio: 'ignore' });
      sentinel.on('error', () => undefined);
      sentinels.push({
        port,
        child: sentinel,
        async kill(signal = 'SIGKILL') {
          if (sentinel.exitCode !== null || sentinel.signalCode !== null) return;
          const exited = new Promise((resolve) => sentinel.once('exit', resolve));
          sentinel.kill(signal);
          await exited;
        },
      });
    }
    await until('sentinels that know the replica and each other', 30_000, async () => {
      for (const s of sentinels) {
        const replicas = (await askNode(s.port, 'SENTINEL', 'replicas', masterName)) as unknown[] | null;
        const peers = (await askNode(s.port, 'SENTINEL', 'sentinels', masterName)) as unknown[] | null;
        if (!replicas || replicas.length < 1 || !peers || peers.length < 2) return false;
      }
      return true;
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    sentinelsVariable: sentinels.map((s) => `127.0.0.1:${s.port}`).join(','),
    masterName,
    primary: primaryPort,
    async killPrimary(timeoutMs = 60_000) {
      const old = await primaryPort();
      await processes.find((p) => p.port === old)!.kill('SIGKILL');
      let promoted = 0;
      await until('the sentinels to promote the replica', timeoutMs, async () => {
        promoted = await primaryPort();
        return promoted !== 0 && promoted !== old && infoField(await askNode(promoted, 'INFO', 'replication'), 'role') === 'master';
      });
      return promoted;
    },
    stop,
  };
}
