import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { articlePath, renderArticlePage, type Variant } from './article-page.ts';
import { loadPageFurniture, loadSeedStory, loadTextPools } from './corpus.ts';
import { renderFrontPage } from './front-page.ts';
import { renderRssFeed } from './rss-feed.ts';
import { renderNewsSitemap, renderRobotsTxt, renderSitemapIndex } from './sitemap.ts';
import { generateStory } from './story-generator.ts';

export type StoryBlock = { type: 'p' | 'h2'; text: string } | { type: 'image'; src: string; alt: string; credit?: string; caption?: string };

export type Story = {
  id: string;
  variant: 'simp' | 'trad';
  title: string;
  summary: string;
  publishedAt: Date;
  updatedAt: Date;
  blocks: StoryBlock[];
  leadImage?: { src: string; alt: string; credit?: string };
};

export type NewsroomOptions = {
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Port; default 0 = a free port chosen by the OS. */
  port?: number;
  /** Start with the seed story published; default false. */
  seed?: boolean;
  /** Source of "now" for publication and edit times; default the system clock. */
  clock?: () => Date;
  /** Body of /robots.txt; default allows everything but /_newsroom/ and names the sitemap index. */
  robotsTxt?: string;
  /** Front pages, feeds and sitemaps list only the newest this many stories, like a real site; default all. */
  listLimit?: number;
  /** Origin the pages link to (e.g. `http://newsroom:8090` behind a container name); default `http://<host>:<port>`. */
  origin?: string;
};

/** A canned answer for requests under a path prefix, to script failures (429, 5xx, wrong charset, slowness). */
export type ScriptedResponse = {
  status: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Wait this long before answering; a very long delay is a site that never answers. */
  delayMs?: number;
  /** Answer this many matching requests, then serve normally again; default every request until removed. */
  times?: number;
};

export type RequestRecord = { method: string; path: string; status: number; at: number };

export type StoryEdit = { title?: string; blocks?: StoryBlock[]; appendParagraph?: string };

export type Newsroom = {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** origin + /zhongwen/simp */
  frontUrl: string;
  /** origin + /zhongwen/simp/rss.xml */
  feedUrl: string;
  /** origin + /zhongwen/articles/<id>/<variant> (default simp). */
  articleUrl(id: string, variant?: 'simp' | 'trad'): string;
  /** Publishes THE seed story (id cx2p8v0k4q1o); publishing it again returns it unchanged. */
  publishSeed(): Story;
  /** Publishes a new story generated from the corpus, with any fields of `partial` taking precedence. */
  publish(partial?: Partial<Story>): Story;
  /** Edits a published story in place and bumps its updatedAt; with no change it appends a paragraph. */
  edit(id: string, change?: StoryEdit): Story;
  /** Published stories, newest first (copies: mutating them changes nothing). */
  stories(): Story[];
  /** Answers requests whose path starts with `pathPrefix` with `response` instead; returns a function that removes it. */
  respondWith(pathPrefix: string, response: ScriptedResponse): () => void;
  requests: {
    /** Requests served whose path (with query) starts with `pathPrefix`; all requests without it. */
    count(pathPrefix?: string): number;
    /** Every request served, in order. */
    log: RequestRecord[];
    /** Most requests ever in flight at once (for per-host concurrency limits). */
    maxInFlight(): number;
  };
  close(): Promise<void>;
};

/** The id of THE seed story, the page behind corpus/seed/article-simp.expected.json. */
export const seedStoryId = 'cx2p8v0k4q1o';

function copyStory(story: Story): Story {
  return {
    ...story,
    publishedAt: new Date(story.publishedAt.getTime()),
    updatedAt: new Date(story.updatedAt.getTime()),
    blocks: story.blocks.map((block) => ({ ...block })),
    ...(story.leadImage ? { leadImage: { ...story.leadImage } } : {}),
  };
}

/** HTTP dates have whole seconds; change times must move by at least one so If-Modified-Since sees every change. */
function nextChangeTime(now: Date, previous: Date | undefined): Date {
  const floor = Math.floor(now.getTime() / 1000) * 1000;
  if (!previous) return new Date(now.getTime());
  const minimum = Math.floor(previous.getTime() / 1000) * 1000 + 1000;
  return new Date(floor >= minimum ? now.getTime() : minimum);
}

function storyJson(story: Story, origin: string): unknown {
  return { ...story, url: `${origin}${articlePath(story.id, story.variant)}` };
}

function parseDate(value: unknown, field: string): Date | undefined {
  if (value === undefined) return undefined;
  const date = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(date.getTime())) throw new HttpError(400, `${field}: not a date`);
  return date;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readJsonBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8').trim();
  if (raw === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new HttpError(400, `invalid JSON body: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new HttpError(400, 'body must be a JSON object');
  return parsed as Record<string, unknown>;
}

/** A strong entity tag from the bytes served: any change to the page changes it. */
function entityTag(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** An entity tag matches If-None-Match when equal, ignoring weakness (RFC 9110 weak comparison). */
function etagMatches(header: string, etag: string): boolean {
  const strip = (tag: string): string => tag.trim().replace(/^W\//, '');
  return header.trim() === '*' || header.split(',').some((tag) => strip(tag) === strip(etag));
}

/**
 * Starts the fixture newsroom: a loopback site that behaves like bbc.com/zhongwen (front page, RSS,
 * article pages in Simorgh markup, conditional GET) and can publish and edit stories on demand.
 */
export async function startNewsroom(options: NewsroomOptions = {}): Promise<Newsroom> {
  const clock = options.clock ?? (() => new Date());
  const pools = loadTextPools();
  const furniture = loadPageFurniture();
  const published = new Map<string, Story>();
  const order: string[] = [];
  const log: RequestRecord[] = [];
  let publishCalls = 0;
  const startedAt = new Date(clock().getTime());
  let listingChangedAt = startedAt;
  const scripted: Array<{ pathPrefix: string; response: ScriptedResponse; remaining: number }> = [];
  const delays = new Set<NodeJS.Timeout>();
  let inFlight = 0;
  let maxInFlight = 0;
  let origin = '';

  const sortedStories = (): Story[] =>
    order
      .map((id, index) => ({ story: published.get(id) as Story, index }))
      .sort((a, b) => b.story.publishedAt.getTime() - a.story.publishedAt.getTime() || b.index - a.index)
      .map(({ story }) => story);
  const listedStories = (): Story[] => sortedStories().slice(0, options.listLimit ?? Number.POSITIVE_INFINITY);

  const listingChanged = (): void => {
    listingChangedAt = nextChangeTime(clock(), listingChangedAt);
  };

  const add = (story: Story): Story => {
    published.set(story.id, story);
    order.push(story.id);
    listingChanged();
    return copyStory(story);
  };

  const publishSeed = (): Story => {
    const existing = published.get(seedStoryId);
    if (existing) return copyStory(existing);
    return add(loadSeedStory());
  };

  const publish = (partial: Partial<Story> = {}): Story => {
    // Validate before counting the call, so a rejected publish does not shift the stories that follow.
    if (partial.id !== undefined && published.has(partial.id)) throw new Error(`story ${partial.id} is already published`);
    if (partial.id !== undefined && !/^[a-z0-9]+$/.test(partial.id)) throw new Error(`story id ${partial.id} must be [a-z0-9]+`);
    if (partial.variant !== undefined && partial.variant !== 'simp' && partial.variant !== 'trad') {
      throw new Error(`variant ${String(partial.variant)} must be simp or trad`);
    }
    publishCalls++;
    const variant: Variant = partial.variant ?? 'simp';
    let generated = generateStory(publishCalls, pools[variant], clock(), variant);
    // Ids are deterministic per call number; on the rare clash (e.g. with a caller-chosen id) draw again.
    for (let attempt = 1; published.has(generated.id); attempt++) {
      generated = { ...generated, id: generateStory(publishCalls * 1000 + attempt, pools[variant], clock(), variant).id };
    }
    const blocks = partial.blocks ?? generated.blocks;
    const firstParagraph = blocks.find((block) => block.type === 'p');
    const publishedAt = partial.publishedAt ?? generated.publishedAt;
    const story: Story = {
      ...generated,
      ...partial,
      variant,
      blocks: blocks.map((block) => ({ ...block })),
      summary: partial.summary ?? (partial.blocks && firstParagraph?.type === 'p' ? firstParagraph.text : generated.summary),
      publishedAt: new Date(publishedAt.getTime()),
      updatedAt: new Date((partial.updatedAt ?? publishedAt).getTime()),
    };
    if (partial.leadImage === undefined && partial.blocks !== undefined) delete story.leadImage;
    return add(story);
  };

  const edit = (id: string, change: StoryEdit = {}): Story => {
    const story = published.get(id);
    if (!story) throw new Error(`no published story ${id}`);
    if (change.title !== undefined) story.title = change.title;
    if (change.blocks !== undefined) story.blocks = change.blocks.map((block) => ({ ...block }));
    const appended =
      change.appendParagraph ??
      (change.title === undefined && change.blocks === undefined
        ? `（更新于${clock().toISOString().slice(0, 16).replace('T', ' ')} UTC）本文已根据最新消息更新。`
        : undefined);
    if (appended !== undefined) story.blocks.push({ type: 'p', text: appended });
    const firstParagraph = story.blocks.find((block) => block.type === 'p');
    if (change.blocks !== undefined && firstParagraph?.type === 'p') story.summary = firstParagraph.text;
    story.updatedAt = nextChangeTime(clock(), story.updatedAt);
    listingChanged();
    return copyStory(story);
  };

  type Page = { body: string; contentType: string; lastModified: Date };

  // The front page and sitemaps show only titles and dates, so many edits leave them unchanged; their
  // Last-Modified is the time their rendering last changed, keeping If-Modified-Since consistent with the ETag.
  const listingVersions = new Map<string, { etag: string; lastModified: Date }>();
  const contentChangedAt = (pathname: string, body: string): Date => {
    const etag = entityTag(body);
    const known = listingVersions.get(pathname);
    if (known?.etag === etag) return known.lastModified;
    const lastModified = known ? nextChangeTime(clock(), known.lastModified) : listingChangedAt;
    listingVersions.set(pathname, { etag, lastModified });
    return lastModified;
  };

  const page = (pathname: string): Page | undefined => {
    const front = /^\/zhongwen\/(simp|trad)\/?$/.exec(pathname);
    if (front) {
      const variant = front[1] as Variant;
      const body = renderFrontPage(listedStories(), variant, origin);
      return { body, contentType: 'text/html; charset=utf-8', lastModified: contentChangedAt(pathname, body) };
    }
    if (pathname === '/robots.txt') {
      return { body: options.robotsTxt ?? renderRobotsTxt(origin), contentType: 'text/plain; charset=utf-8', lastModified: startedAt };
    }
    if (pathname === '/zhongwen/sitemap.xml') {
      const body = renderSitemapIndex(origin, listingChangedAt);
      return { body, contentType: 'application/xml; charset=utf-8', lastModified: listingChangedAt };
    }
    const sitemap = /^\/zhongwen\/(simp|trad)\/sitemap\.xml$/.exec(pathname);
    if (sitemap) {
      const body = renderNewsSitemap(listedStories(), sitemap[1] as Variant, origin);
      return { body, contentType: 'application/xml; charset=utf-8', lastModified: contentChangedAt(pathname, body) };
    }
    const feed = /^\/zhongwen\/(simp|trad)\/rss\.xml$/.exec(pathname);
    if (feed) {
      const variant = feed[1] as Variant;
      return {
        body: renderRssFeed(listedStories(), variant, origin, listingChangedAt),
        contentType: 'application/rss+xml; charset=utf-8',
        lastModified: listingChangedAt,
      };
    }
    const article = /^\/zhongwen\/articles\/([a-z0-9]+)\/(simp|trad)$/.exec(pathname);
    const story = article ? published.get(article[1] as string) : undefined;
    if (article && story) {
      return {
        body: renderArticlePage(story, article[2] as Variant, { origin, furniture }),
        contentType: 'text/html; charset=utf-8',
        lastModified: story.updatedAt,
      };
    }
    return undefined;
  };

  const send = (request: IncomingMessage, response: ServerResponse, status: number, headers: Record<string, string>, body: string | Uint8Array): void => {
    log.push({ method: request.method ?? 'GET', path: request.url ?? '/', status, at: clock().getTime() });
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    response.writeHead(status, { ...headers, ...(status === 304 ? {} : { 'Content-Length': String(bytes.length) }) });
    response.end(request.method === 'HEAD' || status === 304 ? undefined : bytes);
  };

  const sendJson = (request: IncomingMessage, response: ServerResponse, status: number, value: unknown): void =>
    send(request, response, status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }, JSON.stringify(value));

  const servePage = (request: IncomingMessage, response: ServerResponse, found: Page): void => {
    const etag = entityTag(found.body);
    const headers = {
      'Content-Type': found.contentType,
      ETag: etag,
      'Last-Modified': found.lastModified.toUTCString(),
      'Cache-Control': 'max-age=0, must-revalidate',
    };
    const ifNoneMatch = request.headers['if-none-match'];
    const ifModifiedSince = request.headers['if-modified-since'];
    // RFC 9110 §13.2.2: If-None-Match, when present, decides alone; If-Modified-Since is the fallback.
    let notModified = false;
    if (ifNoneMatch !== undefined) {
      notModified = etagMatches(ifNoneMatch, etag);
    } else if (ifModifiedSince !== undefined) {
      const since = Date.parse(ifModifiedSince);
      notModified = !Number.isNaN(since) && Math.floor(found.lastModified.getTime() / 1000) * 1000 <= since;
    }
    if (notModified) {
      const { 'Content-Type': _contentType, ...conditionalHeaders } = headers;
      send(request, response, 304, conditionalHeaders, '');
    } else {
      send(request, response, 200, headers, found.body);
    }
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const method = request.method ?? 'GET';
    const pathname = new URL(request.url ?? '/', 'http://newsroom.invalid').pathname;

    const rule = scripted.find((candidate) => (request.url ?? '/').startsWith(candidate.pathPrefix));
    if (rule) {
      rule.remaining--;
      if (rule.remaining <= 0) scripted.splice(scripted.indexOf(rule), 1);
      const { status, headers = {}, body = '', delayMs = 0 } = rule.response;
      if (delayMs > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            delays.delete(timer);
            resolve();
          }, delayMs);
          delays.add(timer);
        });
        // The client may have given up, or close() may have dropped the connection, while we waited.
        if (response.destroyed) return;
      }
      return send(request, response, status, headers, body);
    }

    if (pathname.startsWith('/_newsroom/')) {
      if (method === 'GET' && pathname === '/_newsroom/stories') {
        return sendJson(
          request,
          response,
          200,
          sortedStories().map((story) => storyJson(story, origin)),
        );
      }
      if (method === 'POST' && pathname === '/_newsroom/publish') {
        const body = await readJsonBody(request);
        if (body['seed'] === true) return sendJson(request, response, 201, storyJson(publishSeed(), origin));
        const { publishedAt, updatedAt, ...rest } = body;
        const partial: Partial<Story> = { ...(rest as Partial<Story>) };
        const publishedDate = parseDate(publishedAt, 'publishedAt');
        const updatedDate = parseDate(updatedAt, 'updatedAt');
        if (publishedDate) partial.publishedAt = publishedDate;
        if (updatedDate) partial.updatedAt = updatedDate;
        let story: Story;
        try {
          story = publish(partial);
        } catch (error) {
          throw new HttpError(/already published/.test((error as Error).message) ? 409 : 400, (error as Error).message);
        }
        return sendJson(request, response, 201, storyJson(story, origin));
      }
      const editMatch = /^\/_newsroom\/edit\/([a-z0-9]+)$/.exec(pathname);
      if (method === 'POST' && editMatch) {
        const id = editMatch[1] as string;
        if (!published.has(id)) throw new HttpError(404, `no published story ${id}`);
        const body = (await readJsonBody(request)) as StoryEdit;
        return sendJson(request, response, 200, storyJson(edit(id, body), origin));
      }
      throw new HttpError(404, `no control endpoint ${method} ${pathname}`);
    }

    const found = page(pathname);
    if (!found) {
      return send(
        request,
        response,
        404,
        { 'Content-Type': 'text/html; charset=utf-8' },
        '<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8"><title>404 - BBC News 中文</title></head><body><h1>404</h1><p>找不到这个页面</p></body></html>',
      );
    }
    if (method !== 'GET' && method !== 'HEAD') {
      return send(request, response, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, 'method not allowed');
    }
    servePage(request, response, found);
  };

  const server = createServer((request, response) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    response.on('close', () => {
      inFlight--;
    });
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (response.headersSent) return response.destroy();
      sendJson(request, response, status, { error: error instanceof Error ? error.message : String(error) });
    });
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  // A wildcard bind is reachable on loopback; a named host (e.g. localhost) is kept as the caller wrote it.
  const originHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  origin = options.origin?.replace(/\/$/, '') ?? `http://${originHost.includes(':') ? `[${originHost}]` : originHost}:${address.port}`;

  let closing: Promise<void> | undefined;
  if (options.seed) {
    publishSeed();
    // Nobody can have fetched the listing yet, so the seed needs no one-second bump (see nextChangeTime).
    listingChangedAt = new Date(clock().getTime());
  }

  return {
    origin,
    frontUrl: `${origin}/zhongwen/simp`,
    feedUrl: `${origin}/zhongwen/simp/rss.xml`,
    articleUrl: (id, variant = 'simp') => `${origin}${articlePath(id, variant)}`,
    publishSeed,
    publish,
    edit,
    stories: () => sortedStories().map(copyStory),
    respondWith: (pathPrefix, response) => {
      const rule = { pathPrefix, response, remaining: response.times ?? Number.POSITIVE_INFINITY };
      scripted.push(rule);
      return () => {
        const index = scripted.indexOf(rule);
        if (index >= 0) scripted.splice(index, 1);
      };
    },
    requests: {
      count: (pathPrefix) => (pathPrefix === undefined ? log.length : log.filter((entry) => entry.path.startsWith(pathPrefix)).length),
      log,
      maxInFlight: () => maxInFlight,
    },
    close: () => {
      // Idempotent: a test may close early and an afterEach hook close again.
      closing ??= new Promise<void>((resolve, reject) => {
        for (const timer of delays) clearTimeout(timer);
        delays.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections from fetch would otherwise hold close() open for seconds.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
