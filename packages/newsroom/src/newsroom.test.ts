import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import { afterEach, describe, expect, it } from 'vitest';
import { startNewsroom, type Newsroom } from './newsroom.ts';

type ExpectedArticle = {
  url: string;
  title: string;
  language: string;
  publishedAt: string;
  updatedAt: string;
  leadImage: { url: string; credit: string };
  alternates: Array<{ language: string; url: string }>;
  bodyBlocks: Array<{ type: 'p' | 'h2'; text: string }>;
  imagesInBody: number;
  mustNotContain: string[];
};

const dataDir = new URL('../data/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('seed-article-simp.expected.json', dataDir), 'utf8')) as ExpectedArticle;
const seedHtml = readFileSync(new URL('seed-article-simp.html', dataDir), 'utf8');

const open: Newsroom[] = [];
async function newsroom(options: Parameters<typeof startNewsroom>[0] = {}): Promise<Newsroom> {
  const started = await startNewsroom(options);
  open.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((room) => room.close()));
});

async function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: Headers }> {
  const response = await fetch(url, { headers });
  return { status: response.status, body: await response.text(), headers: response.headers };
}

async function post(url: string, body?: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: await response.json() };
}

/** What a simple extractor reads: paragraphs under div[dir=ltr] and subheadings, in document order. */
function bodyBlocks($: cheerio.CheerioAPI): Array<{ type: string; text: string }> {
  return $('main div[dir="ltr"] > p, main > div > h2')
    .toArray()
    .filter((element) => $(element).closest('section').length === 0)
    .map((element) => ({ type: element.tagName, text: $(element).text() }));
}

function jsonLd($: cheerio.CheerioAPI): unknown {
  return JSON.parse($('script[type="application/ld+json"]').text());
}

function nextData($: cheerio.CheerioAPI): unknown {
  return JSON.parse($('#__NEXT_DATA__').text());
}

describe('the seed story page', () => {
  it('yields the expected body blocks, in order, with nothing from promos or navigation inside the paragraphs', async () => {
    const room = await newsroom({ seed: true });
    const page = await get(room.articleUrl('cx2p8v0k4q1o'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const $ = cheerio.load(page.body);

    expect(bodyBlocks($)).toEqual(expected.bodyBlocks);
    const paragraphs = $('main div[dir="ltr"] > p').text();
    for (const banned of expected.mustNotContain) expect(paragraphs).not.toContain(banned);
    // The noise is there, outside the paragraphs, for the extractor to skip.
    expect(page.body).toContain('Skip 热读 and continue reading');
    expect($('section[aria-labelledby="related-content-heading"] h2').text()).toBe('更多相关内容');
  });

  it('carries the expected title, dates, language, lead image, two body images and the trad alternate at the newsroom origin', async () => {
    const room = await newsroom({ seed: true });
    const $ = cheerio.load((await get(room.articleUrl('cx2p8v0k4q1o'))).body);
    const local = (url: string): string => url.replace('https://www.bbc.com', room.origin);

    expect($('h1').text()).toBe(expected.title);
    expect($('html').attr('lang')).toBe(expected.language);
    expect($('link[rel="canonical"]').attr('href')).toBe(local(expected.url));
    expect($('meta[property="og:url"]').attr('content')).toBe(local(expected.url));
    expect($('meta[property="article:published_time"]').attr('content')).toBe(expected.publishedAt);
    expect($('meta[property="article:modified_time"]').attr('content')).toBe(expected.updatedAt);
    expect($('meta[property="og:image"]').attr('content')).toBe(expected.leadImage.url);
    expect($('link[rel="alternate"][hreflang="zh-hant"]').attr('href')).toBe(local(expected.alternates[0]!.url));
    expect($('main figure img')).toHaveLength(expected.imagesInBody);
    expect($('main figure p[role="text"]').first().text()).toBe(`图像来源，${expected.leadImage.credit}`);
    const graph = (jsonLd($) as { '@graph': Array<Record<string, unknown>> })['@graph'][0]!;
    expect(graph['datePublished']).toBe(expected.publishedAt);
    expect(graph['dateModified']).toBe(expected.updatedAt);
    expect(page$HasNoBbcComUrls($.html())).toBe(true);
  });

  it('is the corpus page itself, apart from the origin and the hashed class names', async () => {
    const room = await newsroom({ seed: true });
    const ours = cheerio.load((await get(room.articleUrl('cx2p8v0k4q1o'))).body);
    const corpus = cheerio.load(seedHtml.replaceAll('https://www.bbc.com', room.origin));

    expect(jsonLd(ours)).toEqual(jsonLd(corpus));
    expect(nextData(ours)).toEqual(nextData(corpus));
    const head = ($: cheerio.CheerioAPI): string[] =>
      $('head meta, head link, head title')
        .toArray()
        .map((element) => `${element.tagName} ${JSON.stringify(Object.entries(element.attribs).sort())} ${$(element).text()}`);
    expect(head(ours)).toEqual(head(corpus));
    const words = ($: cheerio.CheerioAPI): string => $('body').clone().find('script').remove().end().text().replace(/\s+/g, ' ').trim();
    expect(words(ours)).toEqual(words(corpus));
    const links = ($: cheerio.CheerioAPI): string[] =>
      $('body a, body img, body script[src]')
        .toArray()
        .map((e) => e.attribs['href'] ?? e.attribs['src'] ?? '');
    expect(links(ours)).toEqual(links(corpus));
    const outline = ($: cheerio.CheerioAPI): string[] =>
      $('body *')
        .toArray()
        .map((element) => `${element.tagName}${element.attribs['role'] ? `[${element.attribs['role']}]` : ''}`);
    expect(outline(ours)).toEqual(outline(corpus));
  });

  it('serves the Traditional page of the same story with its own canonical URL and a link back to simp', async () => {
    const room = await newsroom({ seed: true });
    const page = await get(room.articleUrl('cx2p8v0k4q1o', 'trad'));
    expect(page.status).toBe(200);
    const $ = cheerio.load(page.body);
    expect($('html').attr('lang')).toBe('zh-Hant');
    expect($('link[rel="canonical"]').attr('href')).toBe(`${room.origin}/zhongwen/articles/cx2p8v0k4q1o/trad`);
    expect($('header a[lang="zh-Hans"]').attr('href')).toBe(`${room.origin}/zhongwen/articles/cx2p8v0k4q1o/simp`);
    expect(bodyBlocks($)).toEqual(expected.bodyBlocks);
  });
});

function page$HasNoBbcComUrls(html: string): boolean {
  return !html.includes('https://www.bbc.com');
}

describe('routes', () => {
  it('answers 404 for unknown paths and for stories that are not published', async () => {
    const room = await newsroom();
    expect((await get(`${room.origin}/nope`)).status).toBe(404);
    expect((await get(room.articleUrl('cx2p8v0k4q1o'))).status).toBe(404);
    expect((await get(`${room.origin}/zhongwen/articles/cx2p8v0k4q1o/simp/extra`)).status).toBe(404);
    expect((await get(`${room.origin}/_newsroom/nope`)).status).toBe(404);
  });

  it('starts empty unless asked for the seed, and lists the seed on the front page and in the feed', async () => {
    const empty = await newsroom();
    expect(empty.stories()).toEqual([]);
    expect(cheerio.load((await get(empty.frontUrl)).body)('main a')).toHaveLength(0);

    const room = await newsroom({ seed: true });
    expect(room.stories().map((story) => story.id)).toEqual(['cx2p8v0k4q1o']);
    const front = cheerio.load((await get(room.frontUrl)).body);
    expect(front('main a').attr('href')).toBe('/zhongwen/articles/cx2p8v0k4q1o/simp');
    expect(front('main a').text()).toBe(expected.title);
  });

  it('serves the feed in BBC RSS style: tracking-parameter links, non-permalink guids with #0', async () => {
    const room = await newsroom({ seed: true });
    const feed = await get(room.feedUrl);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const $ = cheerio.load(feed.body, { xml: true });
    expect($('item')).toHaveLength(1);
    expect($('item title').text()).toBe(expected.title);
    expect($('item link').text()).toBe(`${room.articleUrl('cx2p8v0k4q1o')}?at_medium=RSS&at_campaign=rss`);
    expect($('item guid').attr('isPermaLink')).toBe('false');
    expect($('item guid').text()).toBe(`${room.articleUrl('cx2p8v0k4q1o')}#0`);
    expect($('item pubDate').text()).toBe('Thu, 05 Feb 2026 04:21:13 GMT');
  });

  it('puts navigation noise and a tracking-parameter duplicate of the newest story on the front page', async () => {
    const room = await newsroom({ seed: true });
    const story = room.publish();
    const hrefs = cheerio
      .load((await get(room.frontUrl)).body)('a')
      .toArray()
      .map((a) => a.attribs['href']);
    expect(hrefs).toContain(`/zhongwen/articles/${story.id}/simp?at_medium=RSS&at_campaign=rss`);
    expect(hrefs).toContain(`/zhongwen/articles/${story.id}/simp#comments`);
    expect(hrefs).toContain('/zhongwen/simp/world');
  });
});

describe('publishing and editing', () => {
  it('publishes generated stories with BBC-style ids and unique titles, newest first on the front page and in the feed', async () => {
    let now = Date.parse('2026-03-01T08:00:00Z');
    const room = await newsroom({ seed: true, clock: () => new Date(now) });
    const first = room.publish();
    now += 60_000;
    const second = room.publish();

    for (const story of [first, second]) {
      expect(story.id).toMatch(/^c[a-z0-9]{10}o$/);
      expect(story.blocks.filter((block) => block.type === 'p').length).toBeGreaterThanOrEqual(6);
      expect(story.summary).toBe((story.blocks.find((block) => block.type === 'p') as { text: string }).text);
    }
    expect(first.title).not.toBe(second.title);
    expect(first.publishedAt.toISOString()).toBe('2026-03-01T08:00:00.000Z');
    expect(room.stories().map((story) => story.id)).toEqual([second.id, first.id, 'cx2p8v0k4q1o']);

    const frontLinks = cheerio
      .load((await get(room.frontUrl)).body)('main a')
      .toArray()
      .map((a) => a.attribs['href']);
    expect(frontLinks).toEqual([second.id, first.id, 'cx2p8v0k4q1o'].map((id) => `/zhongwen/articles/${id}/simp`));
    const guids = cheerio
      .load((await get(room.feedUrl)).body, { xml: true })('guid')
      .toArray()
      .map((g) => cheerio.load(g).text());
    expect(guids).toEqual([second.id, first.id, 'cx2p8v0k4q1o'].map((id) => `${room.articleUrl(id)}#0`));

    const $ = cheerio.load((await get(room.articleUrl(second.id))).body);
    expect($('h1').text()).toBe(second.title);
    expect(bodyBlocks($)).toEqual(second.blocks.filter((block) => block.type !== 'image'));
    expect($('meta[property="article:published_time"]').attr('content')).toBe('2026-03-01T08:01:00.000Z');
  });

  it('generates the same stories in every newsroom, so tests are reproducible', async () => {
    const clock = (): Date => new Date('2026-03-01T08:00:00Z');
    const a = await newsroom({ clock });
    const b = await newsroom({ clock });
    const titles = (room: Newsroom): string[] => [room.publish(), room.publish(), room.publish()].map((story) => `${story.id} ${story.title}`);
    expect(titles(a)).toEqual(titles(b));
  });

  it('renders every generated story so that its page, page data and JSON-LD all carry exactly the story', async () => {
    const room = await newsroom();
    const stories = Array.from({ length: 12 }, (_, n) => room.publish(n % 4 === 3 ? { variant: 'trad' } : {}));
    expect(new Set(stories.map((story) => story.id)).size).toBe(stories.length);
    expect(new Set(stories.map((story) => story.title)).size).toBe(stories.length);
    for (const story of stories) {
      const $ = cheerio.load((await get(room.articleUrl(story.id, story.variant))).body);
      expect(bodyBlocks($)).toEqual(story.blocks.filter((block) => block.type !== 'image'));
      const paragraphs = $('main div[dir="ltr"] > p').text();
      for (const banned of ['热读', '更多相关内容', '图像来源', '熱讀', '圖像來源']) expect(paragraphs).not.toContain(banned);
      expect($('main figure img')).toHaveLength(story.blocks.filter((block) => block.type === 'image').length);
      const graph = (jsonLd($) as { '@graph': Array<Record<string, unknown>> })['@graph'][0]!;
      expect(graph['headline']).toBe(story.title);
      expect(graph['datePublished']).toBe(story.publishedAt.toISOString());
      const blocks = (nextData($) as { props: { pageProps: { pageData: { content: { model: { blocks: unknown[] } } } } } }).props.pageProps.pageData.content
        .model.blocks;
      expect(blocks).toHaveLength(story.blocks.length + 2);
    }
    // Traditional stories are written in Traditional characters, from the Traditional corpus story.
    const trad = stories[3]!;
    expect(trad.variant).toBe('trad');
    expect(trad.blocks.map((block) => ('text' in block ? block.text : '')).join('')).toMatch(/[說們經這]/);
  });

  it('honours the fields a caller passes to publish()', async () => {
    const room = await newsroom();
    const story = room.publish({
      id: 'cabcdefghijo',
      title: '测试标题',
      blocks: [
        { type: 'p', text: '第一段。' },
        { type: 'h2', text: '小标题' },
      ],
    });
    expect(story).toMatchObject({ id: 'cabcdefghijo', title: '测试标题', summary: '第一段。' });
    const $ = cheerio.load((await get(room.articleUrl('cabcdefghijo'))).body);
    expect(bodyBlocks($)).toEqual([
      { type: 'p', text: '第一段。' },
      { type: 'h2', text: '小标题' },
    ]);
    expect(() => room.publish({ id: 'cabcdefghijo' })).toThrow(/already published/);
  });

  it('edits a story in place: same id and URL, new text, later updatedAt, visible on the page and the front page', async () => {
    let now = Date.parse('2026-03-01T08:00:00Z');
    const room = await newsroom({ seed: true, clock: () => new Date(now) });
    now += 3_600_000;
    const edited = room.edit('cx2p8v0k4q1o', { title: '新标题', appendParagraph: '最新进展：双方同意继续磋商。' });
    expect(edited.id).toBe('cx2p8v0k4q1o');
    expect(edited.updatedAt.toISOString()).toBe('2026-03-01T09:00:00.000Z');
    expect(edited.publishedAt.toISOString()).toBe(expected.publishedAt);

    const $ = cheerio.load((await get(room.articleUrl('cx2p8v0k4q1o'))).body);
    expect($('h1').text()).toBe('新标题');
    expect(bodyBlocks($).at(-1)).toEqual({ type: 'p', text: '最新进展：双方同意继续磋商。' });
    expect($('meta[property="article:modified_time"]').attr('content')).toBe('2026-03-01T09:00:00.000Z');
    expect(
      cheerio
        .load((await get(room.frontUrl)).body)('main a')
        .text(),
    ).toBe('新标题');
    expect(room.stories()).toHaveLength(1);
  });

  it('always moves updatedAt forward by at least a second, even when the clock stands still', async () => {
    const room = await newsroom({ clock: () => new Date('2026-03-01T08:00:00Z') });
    const story = room.publish();
    const once = room.edit(story.id);
    const twice = room.edit(story.id);
    expect(once.updatedAt.getTime()).toBeGreaterThanOrEqual(story.updatedAt.getTime() + 1000);
    expect(twice.updatedAt.getTime()).toBeGreaterThanOrEqual(once.updatedAt.getTime() + 1000);
    expect(twice.blocks.length).toBe(story.blocks.length + 2);
    expect(() => room.edit('cnotthere00o')).toThrow(/no published story/);
  });

  it('publishes and edits over HTTP control endpoints', async () => {
    const room = await newsroom();
    const seed = await post(`${room.origin}/_newsroom/publish`, { seed: true });
    expect(seed.status).toBe(201);
    expect(seed.json).toMatchObject({ id: 'cx2p8v0k4q1o', publishedAt: expected.publishedAt, url: room.articleUrl('cx2p8v0k4q1o') });

    const published = await post(`${room.origin}/_newsroom/publish`);
    expect(published.status).toBe(201);
    expect(published.json.id).toMatch(/^c[a-z0-9]{10}o$/);

    const edited = await post(`${room.origin}/_newsroom/edit/${published.json.id}`, { appendParagraph: '补充。' });
    expect(edited.status).toBe(200);
    expect(edited.json.blocks.at(-1)).toEqual({ type: 'p', text: '补充。' });
    expect((await post(`${room.origin}/_newsroom/edit/cnotthere00o`, {})).status).toBe(404);

    const listed = JSON.parse((await get(`${room.origin}/_newsroom/stories`)).body) as Array<{ id: string }>;
    expect(listed.map((story) => story.id)).toEqual([published.json.id, 'cx2p8v0k4q1o']);
    const bad = await fetch(`${room.origin}/_newsroom/publish`, { method: 'POST', body: '{not json' });
    expect(bad.status).toBe(400);
  });
});

describe('conditional GET and request accounting', () => {
  it('answers 304 to If-None-Match and If-Modified-Since on the front page, feed and article pages until something changes', async () => {
    let now = Date.parse('2026-03-01T08:00:00Z');
    const room = await newsroom({ seed: true, clock: () => new Date(now) });
    const urls = [room.frontUrl, room.feedUrl, room.articleUrl('cx2p8v0k4q1o')];
    const first = await Promise.all(urls.map((url) => get(url)));
    for (const [index, url] of urls.entries()) {
      const { headers } = first[index]!;
      expect(headers.get('etag')).toMatch(/^".+"$/);
      expect((await get(url, { 'if-none-match': headers.get('etag')! })).status).toBe(304);
      expect((await get(url, { 'if-modified-since': headers.get('last-modified')! })).status).toBe(304);
      expect((await get(url, { 'if-none-match': '"stale"' })).status).toBe(200);
    }

    now += 1000;
    room.edit('cx2p8v0k4q1o', { title: '新标题' });
    for (const [index, url] of urls.entries()) {
      const { headers } = first[index]!;
      expect((await get(url, { 'if-none-match': headers.get('etag')! })).status).toBe(200);
      expect((await get(url, { 'if-modified-since': headers.get('last-modified')! })).status).toBe(200);
    }
  });

  it('keeps answering 304 for the front page when an edit does not change what it shows', async () => {
    let now = Date.parse('2026-03-01T08:00:00Z');
    const room = await newsroom({ seed: true, clock: () => new Date(now) });
    const front = await get(room.frontUrl);
    const article = await get(room.articleUrl('cx2p8v0k4q1o'));
    now += 60_000;
    room.edit('cx2p8v0k4q1o', { appendParagraph: '更新。' });
    expect((await get(room.frontUrl, { 'if-none-match': front.headers.get('etag')! })).status).toBe(304);
    expect((await get(room.frontUrl, { 'if-modified-since': front.headers.get('last-modified')! })).status).toBe(304);
    expect((await get(room.articleUrl('cx2p8v0k4q1o'), { 'if-none-match': article.headers.get('etag')! })).status).toBe(200);
    expect((await get(room.articleUrl('cx2p8v0k4q1o'), { 'if-modified-since': article.headers.get('last-modified')! })).status).toBe(200);
  });

  it('does not answer 304 to If-Modified-Since when a story was published within the same second', async () => {
    const room = await newsroom({ clock: () => new Date('2026-03-01T08:00:00.200Z') });
    const before = await get(room.feedUrl);
    room.publish();
    const after = await get(room.feedUrl, { 'if-modified-since': before.headers.get('last-modified')! });
    expect(after.status).toBe(200);
    expect(cheerio.load(after.body, { xml: true })('item')).toHaveLength(1);
  });

  it('records every request with method, path, status and time, and counts them by path prefix', async () => {
    const room = await newsroom({ seed: true, clock: () => new Date('2026-03-01T08:00:00Z') });
    await get(room.frontUrl);
    const etag = (await get(room.feedUrl)).headers.get('etag')!;
    await get(room.feedUrl, { 'if-none-match': etag });
    await get(room.articleUrl('cx2p8v0k4q1o'));
    await get(`${room.origin}/missing`);
    await fetch(room.frontUrl, { method: 'HEAD' });

    expect(room.requests.count()).toBe(6);
    expect(room.requests.count('/zhongwen/simp/rss.xml')).toBe(2);
    expect(room.requests.count('/zhongwen/articles/')).toBe(1);
    expect(room.requests.log.map(({ method, path, status }) => `${method} ${path} ${status}`)).toEqual([
      'GET /zhongwen/simp 200',
      'GET /zhongwen/simp/rss.xml 200',
      'GET /zhongwen/simp/rss.xml 304',
      'GET /zhongwen/articles/cx2p8v0k4q1o/simp 200',
      'GET /missing 404',
      'HEAD /zhongwen/simp 200',
    ]);
    expect(room.requests.log[0]!.at).toBe(Date.parse('2026-03-01T08:00:00Z'));
    expect(room.requests.maxInFlight()).toBeGreaterThanOrEqual(1);
  });
});

describe('discovery routes beyond the front page and feed', () => {
  it('advertises a sitemap index in robots.txt that leads to a news sitemap of every story', async () => {
    const room = await newsroom({ seed: true, clock: () => new Date('2026-03-01T08:00:00Z') });
    const story = room.publish();
    const robots = await get(`${room.origin}/robots.txt`);
    expect(robots.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const indexUrl = /^Sitemap: (.+)$/m.exec(robots.body)?.[1];
    expect(indexUrl).toBe(`${room.origin}/zhongwen/sitemap.xml`);

    const index = cheerio.load((await get(indexUrl!)).body, { xml: true });
    const sitemaps = index('sitemap loc')
      .toArray()
      .map((loc) => index(loc).text());
    expect(sitemaps).toEqual([`${room.origin}/zhongwen/simp/sitemap.xml`, `${room.origin}/zhongwen/trad/sitemap.xml`]);

    const news = cheerio.load((await get(sitemaps[0]!)).body, { xml: true });
    expect(
      news('url loc')
        .toArray()
        .map((loc) => news(loc).text()),
    ).toEqual([room.articleUrl(story.id), room.articleUrl('cx2p8v0k4q1o')]);
    expect(news('url').last().find('news\\:publication_date').text()).toBe(expected.publishedAt);
    expect(news('url').last().find('news\\:title').text()).toBe(expected.title);
  });

  it('lets a test replace robots.txt', async () => {
    const room = await newsroom({ robotsTxt: 'User-agent: *\nDisallow: /zhongwen/articles/\n' });
    expect((await get(`${room.origin}/robots.txt`)).body).toBe('User-agent: *\nDisallow: /zhongwen/articles/\n');
  });

  it('embeds the front page stories as __NEXT_DATA__ page data with absolute links', async () => {
    const room = await newsroom({ seed: true });
    const story = room.publish();
    const data = nextData(cheerio.load((await get(room.frontUrl)).body)) as {
      props: { pageProps: { pageData: { curations: Array<{ summaries: Array<{ link: string; title: string }> }> } } };
    };
    const summaries = data.props.pageProps.pageData.curations[0]!.summaries;
    expect(summaries.map((summary) => summary.link)).toEqual([room.articleUrl(story.id), room.articleUrl('cx2p8v0k4q1o')]);
    expect(summaries[1]!.title).toBe(expected.title);
  });

  it('serves a Traditional front page and feed that link to the /trad pages', async () => {
    const room = await newsroom({ seed: true });
    const front = cheerio.load((await get(`${room.origin}/zhongwen/trad`)).body);
    expect(front('html').attr('lang')).toBe('zh-Hant');
    expect(front('main a').attr('href')).toBe('/zhongwen/articles/cx2p8v0k4q1o/trad');
    const feed = await get(`${room.origin}/zhongwen/trad/rss.xml`);
    expect(feed.body).toContain(`<guid isPermaLink="false">${room.articleUrl('cx2p8v0k4q1o', 'trad')}#0</guid>`);
  });
});

describe('scripted responses for politeness and failure tests', () => {
  it('answers with a scripted 429 and Retry-After for a number of requests, then serves normally', async () => {
    const room = await newsroom({ seed: true });
    room.respondWith('/zhongwen/simp/rss.xml', { status: 429, headers: { 'Retry-After': '30' }, times: 1 });
    const limited = await get(room.feedUrl);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('30');
    expect((await get(room.feedUrl)).status).toBe(200);
    expect(room.requests.log.map((entry) => entry.status)).toEqual([429, 200]);
  });

  it('serves raw bytes, e.g. a GBK page, until the rule is removed', async () => {
    const room = await newsroom();
    const gbk = Uint8Array.from([0xc4, 0xe3, 0xba, 0xc3]); // 你好 in GBK
    const remove = room.respondWith('/gbk', { status: 200, headers: { 'Content-Type': 'text/html; charset=gbk' }, body: gbk });
    const response = await fetch(`${room.origin}/gbk/page`);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(gbk);
    remove();
    expect((await get(`${room.origin}/gbk/page`)).status).toBe(404);
  });

  it('can hold a response longer than the client waits, and still closes promptly', async () => {
    const room = await newsroom();
    room.respondWith('/slow', { status: 200, body: 'late', delayMs: 60_000 });
    await expect(fetch(`${room.origin}/slow`, { signal: AbortSignal.timeout(200) })).rejects.toThrow();
    const started = Date.now();
    await room.close();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('records the most requests it saw in flight at once', async () => {
    const room = await newsroom();
    room.respondWith('/slow', { status: 200, body: 'ok', delayMs: 200 });
    await Promise.all([1, 2, 3, 4].map((n) => get(`${room.origin}/slow/${n}`)));
    expect(room.requests.maxInFlight()).toBe(4);
  });
});

describe('the standalone newsroom (main.ts)', () => {
  it('prints its URLs, publishes on a schedule and exits cleanly on SIGINT', async () => {
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', main, '--port', '0', '--publish-every', '200ms'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 15_000;
    while ((output.match(/^published /gm)?.length ?? 0) < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));

    const feedUrl = /^feed\s+(\S+)/m.exec(output)?.[1];
    expect(feedUrl, output).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/zhongwen\/simp\/rss\.xml$/);
    const feed = cheerio.load((await get(feedUrl!)).body, { xml: true });
    expect(feed('item').length).toBeGreaterThanOrEqual(3);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});

describe('listLimit', () => {
  it('lists only the newest stories on the front page and in the feed, like a real site', async () => {
    const limited = await startNewsroom({ listLimit: 2 });
    try {
      const ids = [limited.publish().id, limited.publish().id, limited.publish().id];
      const front = await (await fetch(limited.frontUrl)).text();
      const feed = await (await fetch(limited.feedUrl)).text();
      expect(front).not.toContain(ids[0]);
      expect(front).toContain(ids[2]);
      expect(feed).not.toContain(ids[0]);
      expect(feed).toContain(ids[1]);
      expect(limited.stories()).toHaveLength(3);
    } finally {
      await limited.close();
    }
  });
});
