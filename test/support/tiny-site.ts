import { createServer, type ServerResponse } from 'node:http';

/** What a tiny site answers for one path: a body with its type, or a handler for slow / odd answers. */
export type TinyPage = { type: string; body: string } | ((response: ServerResponse) => void);

/**
 * A real loopback web site whose pages a test sets and changes at will (a hostile or victim
 * source). Unknown paths answer 404; robots.txt allows everything.
 */
export async function startTinySite() {
  const pages = new Map<string, TinyPage>();
  const hits: string[] = [];
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    hits.push(path);
    const page = path === '/robots.txt' ? { type: 'text/plain', body: 'User-agent: *\nAllow: /\n' } : pages.get(path);
    if (!page) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    if (typeof page === 'function') return page(response);
    response.writeHead(200, { 'content-type': `${page.type}; charset=utf-8` }).end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    origin,
    pages,
    hits,
    /** Sets the page at `path`; returns its absolute URL. */
    set(path: string, page: TinyPage): string {
      pages.set(path, page);
      return `${origin}${path}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An article page with enough prose to be extracted; `head` adds tags such as rel=canonical. */
export function articleHtml(title: string, text: string, head = ''): string {
  const paragraphs = Array.from(
    { length: 6 },
    (_, i) => `<p>${text} Paragraph ${i + 1} carries enough words to count as the body of a real news story.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}
<meta property="article:published_time" content="2026-11-30T10:00:00Z"></head>
<body><main><article><h1>${title}</h1>${paragraphs}</article></main></body></html>`;
}

/** An RSS 2.0 feed listing `links` (first = newest), with publication dates one minute apart. */
export function rssFeed(links: readonly string[], start = Date.parse('2026-11-30T12:00:00Z')): string {
  const items = links.map(
    (link, i) =>
      `<item><title>Story ${i}</title><link>${link}</link><guid>${link}</guid><pubDate>${new Date(start - i * 60_000).toUTCString()}</pubDate></item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tiny</title><link>http://example.org/</link><description>d</description>${items.join('')}</channel></rss>`;
}
