import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/**
 * A small English news site on loopback, shaped unlike the fixture newsroom, for discovering a
 * site Feedwright has never seen. `shape: 'feed'` advertises an Atom feed only in
 * `<link rel="alternate">` (no sitemap anywhere); `shape: 'listing'` has no feed, no sitemap and no
 * story on its home page: stories are reachable only from the `/latest` listing page. `shape: 'sitemap'`
 * has neither feed nor listing: its robots.txt names `/sitemap_index.xml.gz`, a gzipped sitemap index
 * whose child `/sitemaps/stories.xml.gz` (gzipped too, served as application/gzip) lists the stories.
 */
export type SmallSite = {
  origin: string;
  /** The home page URL (what `feedwright add` is given). */
  url: string;
  stories: Array<{ path: string; url: string; title: string; author: string; publishedAt: string; firstSentence: string }>;
  /** Requests served, optionally only those whose path starts with `prefix`. */
  requests(prefix?: string): number;
  close(): Promise<void>;
};

const WORDS =
  'harbour council budget river school library bridge market festival railway museum hospital weather election garden theatre station orchard'.split(' ');

function paragraph(seed: number, sentences: number): string {
  const out: string[] = [];
  for (let s = 0; s < sentences; s++) {
    const words = Array.from({ length: 14 }, (_, i) => WORDS[(seed * 7 + s * 5 + i * 3) % WORDS.length]);
    out.push(`The ${words.join(' ')} report number ${seed}-${s} was read aloud.`);
  }
  return out.join(' ');
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Starts a small site on a free loopback port. */
export async function startSmallSite(shape: 'feed' | 'listing' | 'sitemap', options: { name?: string; count?: number } = {}): Promise<SmallSite> {
  const name = options.name ?? (shape === 'feed' ? 'The Harbour Gazette' : 'The Valley Bulletin');
  const count = options.count ?? 6;
  const log: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://site.invalid').pathname;
    log.push(path);
    const send = (status: number, type: string, body: string) => response.writeHead(status, { 'content-type': type }).end(body);
    const story = site.stories.find((s) => s.path === path);
    const gzipped = (xml: string) => response.writeHead(200, { 'content-type': 'application/gzip' }).end(gzipSync(xml));
    if (path === '/robots.txt')
      return send(200, 'text/plain', `User-agent: *\nDisallow: /private/\n${shape === 'sitemap' ? `Sitemap: ${site.origin}/sitemap_index.xml.gz\n` : ''}`);
    if (path === '/sitemap_index.xml.gz' && shape === 'sitemap')
      return gzipped(
        `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${site.origin}/sitemaps/stories.xml.gz</loc><lastmod>${site.stories[0]!.publishedAt}</lastmod></sitemap></sitemapindex>`,
      );
    if (path === '/sitemaps/stories.xml.gz' && shape === 'sitemap')
      return gzipped(
        `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${site.stories.map((s) => `<url><loc>${s.url}</loc><lastmod>${s.publishedAt}</lastmod></url>`).join('')}</urlset>`,
      );
    if (path === '/') {
      const head = shape === 'feed' ? `<link rel="alternate" type="application/atom+xml" title="${escape(name)}" href="/atom.xml">` : '';
      const body =
        shape === 'feed'
          ? `<ul>${site.stories.map((s) => `<li><a href="${s.path}">${escape(s.title)}</a></li>`).join('')}</ul>`
          : '<p>Welcome. Read the <a href="/latest">latest stories</a>.</p>';
      return send(
        200,
        'text/html; charset=utf-8',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(name)}</title>${head}</head><body><header><nav><a href="/">Home</a> <a href="/about">About</a> <a href="/latest">Latest</a></nav></header><main>${body}</main></body></html>`,
      );
    }
    if (path === '/about')
      return send(
        200,
        'text/html; charset=utf-8',
        `<!doctype html><html lang="en"><head><title>About</title></head><body><p>About ${escape(name)}.</p><a href="/">Home</a></body></html>`,
      );
    if (path === '/latest' && shape === 'listing') {
      const items = site.stories
        .map(
          (s) =>
            `<article class="teaser"><h2><a href="${s.path}">${escape(s.title)}</a></h2><time datetime="${s.publishedAt}">${s.publishedAt.slice(0, 10)}</time></article>`,
        )
        .join('');
      return send(
        200,
        'text/html; charset=utf-8',
        `<!doctype html><html lang="en"><head><title>Latest — ${escape(name)}</title></head><body><nav><a href="/">Home</a> <a href="/about">About</a></nav><main><h1>Latest</h1>${items}</main></body></html>`,
      );
    }
    if (path === '/atom.xml' && shape === 'feed') {
      const entries = site.stories
        .map(
          (s) =>
            `<entry><title>${escape(s.title)}</title><id>${s.url}</id><link rel="alternate" href="${s.url}"/><updated>${s.publishedAt}</updated><author><name>${escape(s.author)}</name></author></entry>`,
        )
        .join('');
      return send(
        200,
        'application/atom+xml',
        `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${escape(name)}</title><id>${site.origin}/</id><updated>${site.stories[0]!.publishedAt}</updated>${entries}</feed>`,
      );
    }
    if (story) {
      const i = site.stories.indexOf(story);
      const paragraphs = [story.firstSentence + ' ' + paragraph(i, 3), paragraph(i + 10, 4), paragraph(i + 20, 4)].map((p) => `<p>${escape(p)}</p>`).join('');
      return send(
        200,
        'text/html; charset=utf-8',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(story.title)} — ${escape(name)}</title>` +
          `<meta name="author" content="${escape(story.author)}"><meta property="og:image" content="${site.origin}/images/${i}.jpg">` +
          `<meta property="article:published_time" content="${story.publishedAt}"></head>` +
          `<body><nav><a href="/">Home</a></nav><article><h1>${escape(story.title)}</h1><p class="byline">By ${escape(story.author)}</p><time datetime="${story.publishedAt}">${story.publishedAt.slice(0, 10)}</time>${paragraphs}</article><footer>© ${escape(name)}</footer></body></html>`,
      );
    }
    return send(404, 'text/html', '<h1>Not found</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const now = Date.now();
  const site: SmallSite = {
    origin,
    url: `${origin}/`,
    stories: Array.from({ length: count }, (_, i) => {
      const slug = `${WORDS[i % WORDS.length]}-${WORDS[(i + 3) % WORDS.length]}-plans-announced-${i + 1}`;
      const path = `/stories/${2026 - (i % 2)}/${slug}`;
      return {
        path,
        url: `${origin}${path}`,
        title: `${WORDS[i % WORDS.length]![0]!.toUpperCase()}${WORDS[i % WORDS.length]!.slice(1)} plans announced, part ${i + 1}`,
        author: ['Ada Lovelace', 'Grace Hopper', 'Alan Turing'][i % 3]!,
        publishedAt: new Date(now - (i + 1) * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        firstSentence: `Story ${i + 1} begins in the ${WORDS[(i + 5) % WORDS.length]} today.`,
      };
    }),
    requests: (prefix) => (prefix ? log.filter((p) => p.startsWith(prefix)).length : log.length),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return site;
}
