/**
 * The class-hashed proxy for pages of templates never seen, on the wcxb dev half.
 *
 *   pnpm tsx bench/extract/proxy.ts [--write DIR] [--corpus wcxb-dev]
 *
 * Rules keyed to class words carry to the held-back half only where its sites share the templates; rules keyed to structure
 * carry everywhere. This proxy takes the class words away: every token of every `class` and `id` is replaced by a hash of it
 * (token counts kept), every `data-*` attribute is removed, and the attributes that point at ids (`for`, `aria-controls`,
 * `aria-labelledby`, `aria-describedby`, `aria-owns`, `headers`, `list`, `form`, in-page `href="#…"`) are hashed the same way,
 * so a tab still finds its panel. Left as they are: React/Next's streamed segment ids ("S:1", "B:0"), which are the runtime's,
 * and the utility classes every framework and CMS writes alike ("hidden", "sr-only", "screen-reader-text"), which an unseen
 * site has too. Session 27 measured the first version on the dev half at 0.885 → 0.862, about the gap between the dev and
 * held-back halves; session 28's passes were chosen by what held on it (docs/extraction-history.md, "Session 28 … pass").
 *
 * Prints body F1 per page type as `bench:extract` does (an empty body counts as precision 0), and with --write our outputs
 * as `<corpus>.jsonl` in run.ts' format, to compare page by page against a plain `bench:extract --write` run.
 * Never runs the held-back half: it is for choosing rules, which the held-back half must not do.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { scoreDocument } from '../../packages/extract/src/body-score.ts';
import { decodeHtml } from '../../packages/extract/src/charset.ts';
import { extractArticle } from '../../packages/extract/src/extract-article.ts';
import { CORPORA } from './corpora.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const writeDir = option('--write');
const corpusName = option('--corpus') ?? 'wcxb-dev';
if (corpusName === 'wcxb-held-back') throw new Error('the proxy is for choosing rules: it never runs the held-back half');

/** Utility classes that mean the same on every site (they hide an element), kept as they are. */
const UNIVERSAL_CLASSES = new Set([
  'hidden',
  'hide',
  'invisible',
  'd-none',
  'is-hidden',
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'screen-reader-text',
  'screen-reader-only',
]);
/** Attributes whose value is a list of class names or of ids, hashed token by token. */
const NAMING_ATTRIBUTE =
  /(\s(?:class|id|for|aria-controls|aria-labelledby|aria-describedby|aria-owns|headers|list|form)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
/** A React/Next streamed segment's id ("S:1", "S:e", "B:0"). */
const RUNTIME_ID = /^[A-Z]{1,2}:[0-9a-z]+$/;

const hashOf = (token: string): string => `x${createHash('md5').update(token).digest('hex').slice(0, 8)}`;

function hashTokens(value: string, isClass: boolean): string {
  return value
    .split(/(\s+)/)
    .map((token) => (token.trim() === '' || (isClass && UNIVERSAL_CLASSES.has(token)) ? token : hashOf(token)))
    .join('');
}

/**
 * The page with its class words taken away (see the file's comment). A tag's attributes are read with their quoted values
 * whole, so a `>` inside one (Stimulus' `data-action="click->menu#open"`) does not end the tag early.
 */
function hashClassWords(html: string): string {
  return html.replace(/<([a-zA-Z][\w:-]*)(\s(?:"[^"]*"|'[^']*'|[^<>"'])*?)?(\/?)>/g, (whole, tag: string, attributes: string | undefined, slash: string) => {
    if (attributes === undefined) return whole;
    const next = attributes
      .replace(/\sdata-[\w:.-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g, '')
      .replace(NAMING_ATTRIBUTE, (match, prefix: string, double?: string, single?: string, bare?: string) => {
        const value = double ?? single ?? bare ?? '';
        const isClass = /^class/i.test(prefix.trim());
        if (!isClass && RUNTIME_ID.test(value)) return match;
        return `${prefix}"${hashTokens(value, isClass)}"`;
      })
      .replace(/(\shref\s*=\s*)"#([^"]+)"/gi, (_match, prefix: string, target: string) => `${prefix}"#${hashOf(target)}"`);
    return `<${tag}${next}${slash}>`;
  });
}

const load = CORPORA[corpusName];
const corpus = load?.();
if (!load) throw new Error(`unknown corpus ${corpusName}; known: ${Object.keys(CORPORA).join(', ')}`);
if (!corpus) throw new Error(`corpus ${corpusName} not found: the wcxb sets are read from ../shared/corpus beside the repository`);

type Row = { n: number; p: number; r: number };
const rows = new Map<string, Row>();
const lines: string[] = [];
for (const page of corpus.pages) {
  let output = { body: '', title: null as string | null, date: null as string | null, author: null as string | null };
  try {
    const article = extractArticle(hashClassWords(decodeHtml(page.bytes).html), { url: page.url, fetchedAt: page.fetchedAt });
    output = { body: article.contentText, title: article.title, date: article.publishedAt, author: article.byline };
  } catch {
    // A crash is an empty page, as in run.ts.
  }
  const score = scoreDocument(page.body, output.body);
  const p = score.tp + score.fp > 0 ? score.tp / (score.tp + score.fp) : 0;
  const r = score.tp + score.fn > 0 ? score.tp / (score.tp + score.fn) : 0;
  for (const key of ['all', page.pageType ?? '-']) {
    const row = rows.get(key) ?? { n: 0, p: 0, r: 0 };
    row.n += 1;
    row.p += p;
    row.r += r;
    rows.set(key, row);
  }
  lines.push(JSON.stringify({ id: page.id, articleBody: output.body, title: output.title, publishedAt: output.date, author: output.author }));
}

console.log(`${corpus.name}, class words hashed: body F1 per page type`);
for (const [key, row] of rows) {
  const p = row.p / row.n;
  const r = row.r / row.n;
  console.log(
    `${key.padEnd(14)} ${String(row.n).padStart(5)} pages  P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${(p + r > 0 ? (2 * p * r) / (p + r) : 0).toFixed(3)}`,
  );
}
if (writeDir) {
  mkdirSync(writeDir, { recursive: true });
  writeFileSync(`${writeDir}/${corpus.name}.jsonl`, `${lines.join('\n')}\n`);
}
