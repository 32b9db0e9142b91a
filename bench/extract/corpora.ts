/**
 * The page sets `pnpm bench:extract` scores: each page with its bytes, URL and gold answers
 * (body, and title/publication day where the set has them). Sets outside the repository are
 * read from ../shared/corpus (the repository is cloned next to shared/) and skipped when absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

export type Page = {
  id: string;
  url: string;
  bytes: Uint8Array;
  body: string;
  title?: string;
  date?: string;
  author?: string;
  pageType?: string;
  /** Texts the gold says the body holds (`with`) and leaves out (`without`): the snippet metric's (body-score.ts, scoreSnippets). */
  snippets?: { with: string[]; without: string[] };
  fetchedAt: Date;
};
export type Corpus = { name: string; pages: Page[]; scoring: 'score-body' | 'score-extraction' };

const repo = new URL('../../', import.meta.url);
const shared = new URL('../shared/corpus/', repo);
const fixtures = new URL('packages/extract/src/__fixtures__/', repo);
/** Without a fetch time, relative dates stay unresolved (as in `feedwright extract --jsonl`). */
const UNKNOWN_FETCH_TIME = new Date(8.64e15);

/** wcxb-dev pages whose numeric id is a multiple of 5 are held back: never tuned on. */
export function isHeldBack(id: string): boolean {
  return Number(id) % 5 === 0;
}

function zyteDev(): Corpus | null {
  const root = new URL('zyte-dev/', import.meta.url);
  if (!existsSync(new URL('ground-truth.json', root))) return null;
  const truth = JSON.parse(readFileSync(new URL('ground-truth.json', root), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const pages = Object.keys(truth)
    .sort()
    .map((id) => ({
      id,
      url: truth[id]!.url,
      bytes: new Uint8Array(gunzipSync(readFileSync(new URL(`html/${id}.html.gz`, root)))),
      body: truth[id]!.articleBody,
      fetchedAt: new Date('2020-01-01T00:00:00Z'),
    }));
  return { name: 'zyte-dev', pages, scoring: 'score-body' };
}

type WcxbTruth = Record<
  string,
  { url: string; pageType: string; title?: string; publishedDate?: string; author?: string; articleBody: string; with?: string[]; without?: string[] }
>;

function wcxb(half: 'dev' | 'held-back'): Corpus | null {
  const root = new URL('wcxb-dev/', shared);
  if (!existsSync(new URL('ground-truth.json', root))) return null;
  const truth = JSON.parse(readFileSync(new URL('ground-truth.json', root), 'utf8')) as WcxbTruth;
  const ids = Object.keys(truth)
    .sort()
    .filter((id) => isHeldBack(id) === (half === 'held-back'));
  const pages = ids.map((id) => {
    const gold = truth[id]!;
    const page: Page = {
      id,
      url: gold.url || `https://wcxb.invalid/${id}`,
      bytes: new Uint8Array(gunzipSync(readFileSync(new URL(`html/${id}.html.gz`, root)))),
      body: gold.articleBody,
      pageType: gold.pageType,
      fetchedAt: UNKNOWN_FETCH_TIME,
    };
    if (gold.title) page.title = gold.title;
    if (gold.publishedDate) page.date = gold.publishedDate;
    if (gold.author) page.author = gold.author;
    if (gold.with || gold.without) page.snippets = { with: gold.with ?? [], without: gold.without ?? [] };
    return page;
  });
  return { name: `wcxb-${half}`, pages, scoring: 'score-extraction' };
}

function seed(): Corpus | null {
  const root = new URL('seed/', shared);
  if (!existsSync(new URL('article-simp.expected.json', root))) return null;
  const expected = JSON.parse(readFileSync(new URL('article-simp.expected.json', root), 'utf8')) as {
    url: string;
    title: string;
    publishedAt: string;
    bodyText: string;
  };
  const page: Page = {
    id: 'article-simp',
    url: expected.url,
    bytes: new Uint8Array(readFileSync(new URL('article-simp.html', root))),
    body: expected.bodyText,
    title: expected.title,
    date: expected.publishedAt,
    fetchedAt: new Date('2026-02-06T00:00:00Z'),
  };
  return { name: 'seed', pages: [page], scoring: 'score-extraction' };
}

/** The readability zh pages (fixtures in the repo): titles and dates as a reader sees them, as in extract-article.corpus.test.ts. */
const ZH = [
  { name: 'gmw', url: 'http://tech.gmw.cn/scientist/2017-03/24/content_24046232.htm', title: '宇航员在太空中喝酒会怎么样？后果很严重', date: '2017-03-10' },
  { name: 'qq', url: 'https://tech.qq.com/a/20161013/014136.htm', title: 'DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶', date: '2016-10-14' },
  { name: 'pixnet', url: 'http://stevenhgm.pixnet.net/blog/post/39926056', title: '新竹尖石_美樹營地賞楓 (2)', date: '2013-12-28' },
  { name: 'youth', url: 'http://news.youth.cn/gn/201703/t20170311_9265929.htm', title: '海外留学生看两会：出国前后关注点大不同', date: '2017-03-10' },
];

function zh(): Corpus | null {
  const pages: Page[] = [];
  for (const c of ZH) {
    const dir = new URL(`readability-${c.name}/`, fixtures);
    if (!existsSync(new URL('input.html', dir))) continue;
    // Paragraph ends become spaces, so words of adjacent paragraphs do not fuse.
    const { document } = parseHTML(
      `<!doctype html><html><body>${readFileSync(new URL('expected.html', dir), 'utf8').replace(/<(?:\/p|br|\/div|\/li|\/h\d)\b[^>]*>/gi, '$&\n')}</body></html>`,
    );
    const body = document.body?.textContent ?? '';
    pages.push({
      id: c.name,
      url: c.url,
      bytes: new Uint8Array(readFileSync(new URL('input.html', dir))),
      body,
      title: c.title,
      date: c.date,
      fetchedAt: new Date('2020-01-01T00:00:00Z'),
    });
  }
  return pages.length > 0 ? { name: 'zh', pages, scoring: 'score-extraction' } : null;
}

export const CORPORA: Record<string, () => Corpus | null> = {
  'zyte-dev': zyteDev,
  'wcxb-dev': () => wcxb('dev'),
  'wcxb-held-back': () => wcxb('held-back'),
  seed,
  zh,
};
