import { validateSource, type Config, type ConfigProblem, type FeedConfig, type SourceConfig } from '@feedwright/core/config.ts';
import type { RedisClient } from './redis-client.ts';
import type { SourceChange, SourceRepository } from './source-repository.ts';

/** A source as every service sees it now: from feedwright.yaml or added through the API. */
export type LiveSource = {
  config: SourceConfig;
  origin: 'yaml' | 'api';
  paused: boolean;
  addedAt: string | null;
  updatedAt: string | null;
};

export type SourceCatalog = {
  /** The frozen config with the live sources and feeds: YAML ones, then API ones (each with its own feed). */
  config(): Config;
  get(id: string): LiveSource | undefined;
  list(): LiveSource[];
  /** Stored API sources that no longer validate (e.g. after an upgrade); skipped, listed for the operator. */
  invalid(): Array<{ id: string; problems: ConfigProblem[] }>;
  /** Reloads the API sources and paused set from Redis now. */
  refresh(): Promise<void>;
  /** Called after every reload (with the announced change, or null for a periodic or manual reload). */
  onChange(listener: (change: SourceChange | null) => Promise<void> | void): void;
  close(): Promise<void>;
};

/** The feed an API source gets: `/feeds/<source id>.*`, titled with the source's name. */
export function feedOfSource(source: SourceConfig): FeedConfig {
  return {
    id: source.id,
    title: source.name,
    sources: [source.id],
    limit: 50,
    include: [],
    exclude: [],
    ...(source.language ? { language: source.language } : {}),
  };
}

type CatalogOptions = {
  config: Config;
  sources: SourceRepository;
  /** A dedicated connection for pub/sub; without it the catalog reloads only on `refresh()` and the timer. */
  subscriber?: RedisClient | undefined;
  refreshMs?: number;
  onError?: (error: unknown) => void;
};

/**
 * Opens the live source catalog: feedwright.yaml's sources plus those added at run time, reloaded
 * whenever a change is announced on the sources channel (through `subscriber`, a connection of its
 * own) and every `refreshMs` in case an announcement was missed while Redis was away.
 */
export async function openSourceCatalog(options: CatalogOptions): Promise<SourceCatalog> {
  const catalog = createSourceCatalog(options);
  await catalog.refresh();
  await catalog.listen();
  return catalog;
}

/**
 * The catalog without IO yet: it holds the YAML sources until `refresh()` loads the API ones and
 * `listen()` subscribes to changes (for callers that cannot wait, like `buildApp`).
 */
export function createSourceCatalog(options: CatalogOptions): SourceCatalog & { listen(): Promise<void> } {
  const yaml = options.config;
  let invalid: Array<{ id: string; problems: ConfigProblem[] }> = [];
  let snapshot: Config = yaml;
  let live: LiveSource[] = yaml.sources.map((config) => ({ config, origin: 'yaml' as const, paused: false, addedAt: null, updatedAt: null }));
  const listeners: Array<(change: SourceChange | null) => Promise<void> | void> = [];
  let pending: Promise<void> = Promise.resolve();

  async function load(): Promise<void> {
    const [stored, paused] = await Promise.all([options.sources.list(), options.sources.pausedIds()]);
    const taken = new Set([...yaml.sources.map((s) => s.id), ...yaml.feeds.map((f) => f.id)]);
    const next: LiveSource[] = yaml.sources.map((config) => ({
      config,
      origin: 'yaml' as const,
      paused: paused.has(config.id),
      addedAt: null,
      updatedAt: null,
    }));
    const nextInvalid: typeof invalid = [];
    for (const entry of stored) {
      const result = validateSource(entry.input);
      if (!result.ok) nextInvalid.push({ id: entry.input.id, problems: result.problems });
      else if (taken.has(result.source.id))
        nextInvalid.push({ id: entry.input.id, problems: [{ path: 'id', message: 'also defined in feedwright.yaml (the YAML one wins)' }] });
      else next.push({ config: result.source, origin: 'api', paused: paused.has(result.source.id), addedAt: entry.addedAt, updatedAt: entry.updatedAt });
    }
    const api = next.filter((s) => s.origin === 'api').map((s) => s.config);
    live = next;
    invalid = nextInvalid;
    snapshot = Object.freeze({ ...yaml, sources: [...yaml.sources, ...api], feeds: [...yaml.feeds, ...api.map(feedOfSource)] });
  }

  /** Reloads (one at a time, in order) and tells the listeners. */
  function reload(change: SourceChange | null): Promise<void> {
    pending = pending
      .then(async () => {
        await load();
        for (const listener of listeners) await listener(change);
      })
      .catch((error) => options.onError?.(error));
    return pending;
  }

  let unsubscribe: (() => Promise<void>) | null = null;
  let timer: NodeJS.Timeout | null = null;

  return {
    config: () => snapshot,
    get: (id) => live.find((s) => s.config.id === id),
    list: () => [...live],
    invalid: () => [...invalid],
    refresh: () => reload(null),
    async listen() {
      timer ??= setInterval(() => void reload(null), options.refreshMs ?? 30_000);
      timer.unref();
      if (options.subscriber && !unsubscribe) unsubscribe = await options.sources.subscribe(options.subscriber, (change) => void reload(change));
    },
    onChange(listener) {
      listeners.push(listener);
    },
    async close() {
      if (timer) clearInterval(timer);
      await unsubscribe?.();
      await pending;
    },
  };
}

/** A read-only map that always shows the current items of a changing list (re-indexed when the list changes). */
class LiveMap<T> implements ReadonlyMap<string, T> {
  #items: readonly T[] | null = null;
  #map = new Map<string, T>();
  constructor(
    private readonly read: () => readonly T[],
    private readonly keyOf: (item: T) => string,
  ) {}
  #current(): Map<string, T> {
    const items = this.read();
    if (items !== this.#items) {
      this.#items = items;
      this.#map = new Map(items.map((item) => [this.keyOf(item), item]));
    }
    return this.#map;
  }
  get size() {
    return this.#current().size;
  }
  get(key: string) {
    return this.#current().get(key);
  }
  has(key: string) {
    return this.#current().has(key);
  }
  forEach(callback: (value: T, key: string, map: ReadonlyMap<string, T>) => void) {
    this.#current().forEach((value, key) => callback(value, key, this));
  }
  entries() {
    return this.#current().entries();
  }
  keys() {
    return this.#current().keys();
  }
  values() {
    return this.#current().values();
  }
  [Symbol.iterator]() {
    return this.#current()[Symbol.iterator]();
  }
}

/** The live feeds by id (YAML feeds and one per API source), for code written against a map of feeds. */
export function liveFeedMap(catalog: SourceCatalog): ReadonlyMap<string, FeedConfig> {
  return new LiveMap(
    () => catalog.config().feeds,
    (feed) => feed.id,
  );
}

/** The live sources by id that should be polled and fetched now (paused ones left out when `active`). */
export function liveSourceMap(catalog: SourceCatalog, options: { active?: boolean } = {}): ReadonlyMap<string, SourceConfig> {
  let list: LiveSource[] | null = null;
  let configs: SourceConfig[] = [];
  return new LiveMap(
    () => {
      const now = catalog.list();
      // list() copies; compare by content identity of its entries so the index is rebuilt only on change.
      if (!list || now.length !== list.length || now.some((s, i) => s !== list![i])) {
        list = now;
        configs = now.filter((s) => !options.active || !s.paused).map((s) => s.config);
      }
      return configs;
    },
    (source) => source.id,
  );
}
