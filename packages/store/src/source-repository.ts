import type { SourceInput } from '@feedwright/core/config.ts';
import type { RedisClient } from './redis-client.ts';
import type { StoreKeys } from './store-keys.ts';

/** A source added at run time, as stored: what was sent (validated), and when. */
export type StoredSource = { input: SourceInput; addedAt: string; updatedAt: string };

/** What changed, announced to every process on the sources channel. */
export type SourceChange = { id: string; change: 'added' | 'updated' | 'removed' | 'paused' | 'resumed' };

export type SourceRepository = ReturnType<typeof createSourceRepository>;

/**
 * Sources added through the API (a hash, so they survive restarts), the paused set (any source),
 * and a pub/sub announcement after every change so pollers, workers and publishers reload at once.
 */
export function createSourceRepository(redis: RedisClient, keys: StoreKeys) {
  const announce = async (change: SourceChange) => {
    await redis.publish(keys.sourcesChanged, JSON.stringify(change));
  };

  /** Every run-time source, in id order. */
  async function list(): Promise<StoredSource[]> {
    const all = await redis.hgetall(keys.sources);
    return Object.keys(all)
      .sort()
      .map((id) => JSON.parse(all[id]!) as StoredSource);
  }

  async function get(id: string): Promise<StoredSource | null> {
    const raw = await redis.hget(keys.sources, id);
    return raw ? (JSON.parse(raw) as StoredSource) : null;
  }

  /** Adds a source; false when its id is taken. */
  async function add(input: SourceInput, now: Date): Promise<boolean> {
    const stored: StoredSource = { input, addedAt: now.toISOString(), updatedAt: now.toISOString() };
    if ((await redis.hsetnx(keys.sources, input.id, JSON.stringify(stored))) !== 1) return false;
    await announce({ id: input.id, change: 'added' });
    return true;
  }

  /** Replaces a stored source's definition (same id); null when there is none. */
  async function replace(input: SourceInput, now: Date): Promise<StoredSource | null> {
    const known = await get(input.id);
    if (!known) return null;
    const stored: StoredSource = { input, addedAt: known.addedAt, updatedAt: now.toISOString() };
    await redis.hset(keys.sources, input.id, JSON.stringify(stored));
    await announce({ id: input.id, change: 'updated' });
    return stored;
  }

  /** Removes a run-time source (and its paused mark); false when there was none. */
  async function remove(id: string): Promise<boolean> {
    const [[, removed]] = (await redis.multi().hdel(keys.sources, id).srem(keys.sourcesPaused, id).exec()) as [[unknown, number], [unknown, number]];
    if (removed !== 1) return false;
    await announce({ id, change: 'removed' });
    return true;
  }

  async function pausedIds(): Promise<Set<string>> {
    return new Set(await redis.smembers(keys.sourcesPaused));
  }

  /** Pauses (no polling) or resumes a source, YAML or API alike. */
  async function setPaused(id: string, paused: boolean): Promise<void> {
    if (paused) await redis.sadd(keys.sourcesPaused, id);
    else await redis.srem(keys.sourcesPaused, id);
    await announce({ id, change: paused ? 'paused' : 'resumed' });
  }

  /**
   * Calls `onChange` for every announced change. `subscriber` must be a connection of its own (a
   * subscribed connection can run no other command); the returned function unsubscribes.
   */
  async function subscribe(subscriber: RedisClient, onChange: (change: SourceChange) => void): Promise<() => Promise<void>> {
    const listener = (channel: string, message: string) => {
      if (channel !== keys.sourcesChanged) return;
      try {
        onChange(JSON.parse(message) as SourceChange);
      } catch {
        // A malformed message is not ours; the periodic reload catches up anyway.
      }
    };
    subscriber.on('message', listener);
    // Subscribing while the connection still runs its ready check (INFO) can leave a window in
    // which messages are lost; a PING answers only once the connection is ready.
    await subscriber.ping();
    await subscriber.subscribe(keys.sourcesChanged);
    return async () => {
      subscriber.off('message', listener);
      await subscriber.unsubscribe(keys.sourcesChanged).catch(() => undefined);
    };
  }

  return { list, get, add, replace, remove, pausedIds, setPaused, subscribe };
}
