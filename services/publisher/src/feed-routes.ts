import { FEED_FORMATS, feedUrls, parseFeedFile } from '@feedwright/feeds/feed-formats.ts';
import { renderOpml } from '@feedwright/feeds/render-opml.ts';
import { publicSubscription } from '@feedwright/store/subscription-repository.ts';
import type { FastifyInstance } from 'fastify';
import { apiError, sendApiError } from './api-error.ts';
import { CHINESE_VARIANTS, type ChineseVariant } from './chinese-variant.ts';
import { codedEtag, isNotModified, negotiateCoding } from './content-negotiation.ts';
import { createFeedCache } from './feed-cache.ts';
import { codedBody } from './feed-compression.ts';
import { feedLimitSizes, servedFeedLimit } from './feed-limit.ts';
import { feedLinks } from './feed-links.ts';
import { renderIndexPage } from './index-page.ts';
import type { RouteDeps } from './route-deps.ts';

/** The human and reader side: the status page at `/` and the feed documents at `/feeds/<id>.<format>`. */
export async function feedRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const { config, store, feeds, catalog } = deps;
  // Room for every rendering a client can ask for (formats × variants × limit sizes), so rotating them cannot thrash
  // the cache; feeds added at run time (API sources) have the default limit and fit in the floor of 200.
  const renderings = config.feeds.reduce((n, feed) => n + Object.keys(FEED_FORMATS).length * (CHINESE_VARIANTS.length + 1) * feedLimitSizes(feed.limit), 0);
  // Sources change at run time: the cache reads the catalog's current view.
  const cache = createFeedCache(
    store,
    deps.publicUrl,
    {
      get sources() {
        return catalog.config().sources;
      },
    },
    Math.max(200, renderings),
  );

  app.get('/', async (_request, reply) => {
    const config = catalog.config();
    const [health, recentArticles, subscriptions] = await Promise.all([
      Promise.all(config.sources.map((s) => store.health.get(s.id))),
      store.articles.listBySources(
        config.sources.map((s) => s.id),
        20,
      ),
      store.subscriptions.list(),
    ]);
    const withDeliveries = await Promise.all(
      subscriptions.map(async (s) => ({ subscription: publicSubscription(s), lastDelivery: (await store.deliveries.list(s.id, 1))[0] ?? null })),
    );
    const page = renderIndexPage({ config, publicUrl: deps.publicUrl, health, recentArticles, subscriptions: withDeliveries, now: deps.clock() });
    return reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-store').send(page);
  });

  app.get<{ Params: { file: string }; Querystring: { limit?: string; variant?: string } }>('/feeds/:file', { compress: false }, async (request, reply) => {
    const file = parseFeedFile(request.params.file);
    const feed = file ? feeds.get(file.feedId) : undefined;
    if (!file || !feed)
      return sendApiError(reply, apiError('API_NOT_FOUND', `no feed "${request.params.file}" (feeds: ${[...feeds.keys()].join(', ') || 'none'})`));
    const { format } = file;
    let asked: number | null = null;
    if (request.query.limit !== undefined) {
      asked = Number(request.query.limit);
      if (!Number.isInteger(asked) || asked < 1) return sendApiError(reply, apiError('API_BAD_REQUEST', 'limit must be a positive integer'));
    }
    // Rounded up to a cached size: rotating ?limit= cannot force a rendering per request.
    const limit = servedFeedLimit(asked, feed.limit);
    const variant = request.query.variant ?? null;
    if (variant !== null && !CHINESE_VARIANTS.includes(variant as ChineseVariant))
      return sendApiError(reply, apiError('API_BAD_REQUEST', 'variant must be "simp" or "trad"'));
    const rendered = await cache.get(feed, format, limit, variant as ChineseVariant | null);
    const { selfUrl, hubUrl } = feedLinks(deps.publicUrl, feed.id, format, variant as ChineseVariant | null);
    const coding = negotiateCoding(request.headers['accept-encoding']);
    if (rendered.stale) reply.header('Feedwright-Stale', rendered.stale);
    reply
      .header('ETag', codedEtag(rendered.etag, coding))
      .header('Last-Modified', rendered.lastModified.toUTCString())
      .header('Cache-Control', 'public, max-age=60')
      .header('Vary', 'Accept-Encoding')
      .header('Link', `<${selfUrl}>; rel="self", <${hubUrl}>; rel="hub"`);
    const conditional = { ifNoneMatch: request.headers['if-none-match'], ifModifiedSince: request.headers['if-modified-since'] };
    if (isNotModified(conditional, rendered.etag, rendered.lastModified)) return reply.code(304).send();
    reply.type(FEED_FORMATS[format].mediaType);
    if (!coding) return reply.send(rendered.body);
    return reply.header('Content-Encoding', coding).send(codedBody(rendered, coding));
  });

  app.get('/feeds.opml', async (_request, reply) => {
    const list = [...feeds.values()].map((f) => ({
      title: f.title,
      xmlUrl: feedUrls(deps.publicUrl, f.id).atom,
      htmlUrl: `${deps.publicUrl}/`,
      description: f.description ?? null,
      language: f.language ?? null,
    }));
    return reply
      .type('text/x-opml; charset=utf-8')
      .header('Cache-Control', 'public, max-age=60')
      .send(renderOpml({ title: 'Feedwright feeds', dateCreated: deps.clock(), feeds: list }));
  });
}
