/**
 * `pnpm tsx bench/extract/title-misses.ts`: sorts the wcxb dev half's title misses by kind, from the candidates the page
 * offered (metadata titles, their cores, content and chrome <h1>s, the first <h2>), so a title rule can be aimed at a
 * kind of miss and checked on both halves of the dev half (ids odd / even) before the held-back aggregate is run.
 * Never reads the held-back half. Exactness as in score-extraction.py (whitespace normalised, case kept).
 *
 * Options: --list N (up to N pages per kind, with their candidates), --write FILE (one JSON line per page: id, gold,
 * ours, from), --compare FILE (pages whose verdict changed since that --write, and the totals per half).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extractArticle } from '../../packages/extract/src/extract-article.ts';
import type { TitleInput } from '../../packages/extract/src/title.ts';
import { chooseTitle, titleKey } from '../../packages/extract/src/title.ts';
import { CORPORA } from './corpora.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const list = Number(option('--list') ?? 0);
const writeFile = option('--write');
const compareFile = option('--compare');

const ws = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
const SEPARATORS = /(\s+[-|–—·•»~@:]\s+|\s*[|｜]\s*|\s+::\s*|:\s+|\s+\/\s+|\s*_\s*)/;

/** Every run of adjacent separator-joined parts of a title shorter than the whole. */
function partsOf(title: string): Set<string> {
  const pieces = title.split(SEPARATORS);
  const count = Math.floor(pieces.length / 2) + 1;
  const out = new Set<string>();
  for (let i = 0; i < count; i += 1) for (let j = i; j < count; j += 1) if (!(i === 0 && j === count - 1)) out.add(ws(pieces.slice(2 * i, 2 * j + 1).join('')));
  return out;
}

type Row = { id: string; gold: string; ours: string; from: string | null; input: TitleInput | null; kind: string | null };

/** The kind of a miss: the first description that fits, in the order below. */
function kindOf(gold: string, ours: string, input: TitleInput): string {
  const content = input.headings.filter((h) => !h.chrome).map((h) => ws(h.text));
  const chrome = input.headings.filter((h) => h.chrome).map((h) => ws(h.text));
  const whole = input.metadata.map((m) => ws(m.text));
  // The metadata's own choice: what the rules give with no heading to weigh.
  const core = ws(chooseTitle({ ...input, headings: [], subheading: null })?.title);
  const h1 = content[0] ?? '';
  if (titleKey(gold) === titleKey(ours)) {
    if (gold.toLowerCase() === ours.toLowerCase()) return '1 typography: case only';
    const plain = (text: string): string => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
    return plain(gold) === plain(ours) ? '1 typography: quotes only' : '1 typography: other marks (dashes, ®, …, emoji)';
  }
  if (h1 && gold === h1) return `2 candidate: gold is the content h1, ours ${ours === core ? 'the metadata core' : 'another'}`;
  if (core && gold === core) return `3 candidate: gold is the metadata core, ours ${ours === h1 ? 'the content h1' : 'another'}`;
  if (whole.includes(gold) && gold.includes(ours)) return '5 over-cut: gold is a whole metadata title, site or section kept';
  if (whole.includes(gold) || chrome.includes(gold) || gold === ws(input.subheading)) return '4 candidate: gold is another whole candidate';
  if (gold.length < ours.length && ours.includes(gold))
    return input.homePage ? '7 under-cut: front page "<site> | tagline"' : '7 under-cut: a prefix, suffix or subtitle kept';
  if (ours.includes(' ') && gold.includes(ours)) return '6 over-cut: gold keeps a part we cut';
  if (whole.some((title) => partsOf(title).has(gold))) return '8 gold is a part of a metadata title we did not choose';
  const all = [...whole, ...content, ...chrome, ws(input.subheading)];
  if (all.some((text) => titleKey(text) === titleKey(gold) || [...partsOf(text)].some((part) => titleKey(part) === titleKey(gold))))
    return '9 gold is a candidate up to case or punctuation';
  return '10 gold is none of the candidates';
}

const corpus = CORPORA['wcxb-dev']!();
if (!corpus) throw new Error('wcxb-dev is not there (../shared/corpus/wcxb-dev)');
const rows: Row[] = [];
for (const page of corpus.pages) {
  let input: TitleInput | null = null;
  let ours = '';
  let from: string | null = null;
  try {
    ours = extractArticle(page.bytes, {
      url: page.url,
      fetchedAt: page.fetchedAt,
      onTitle: (given, choice) => {
        input = given;
        from = choice?.from ?? null;
      },
    }).title;
  } catch {
    ours = '';
  }
  const gold = ws(page.title);
  if (!gold) continue;
  const row: Row = { id: page.id, gold, ours: ws(ours), from, input, kind: null };
  if (row.gold !== row.ours) row.kind = input ? kindOf(row.gold, row.ours, input) : 'no title input (extraction failed)';
  rows.push(row);
}

const half = (id: string): 'odd' | 'even' => (Number(id) % 2 === 1 ? 'odd' : 'even');
const right = rows.filter((row) => row.kind === null);
console.log(
  `titles exact: ${right.length} of ${rows.length} (${(right.length / rows.length).toFixed(4)}); odd ids ${right.filter((r) => half(r.id) === 'odd').length} of ${rows.filter((r) => half(r.id) === 'odd').length}, even ids ${right.filter((r) => half(r.id) === 'even').length} of ${rows.filter((r) => half(r.id) === 'even').length}`,
);
const kinds = new Map<string, Row[]>();
for (const row of rows) if (row.kind) kinds.set(row.kind, [...(kinds.get(row.kind) ?? []), row]);
const order = [...kinds.keys()].sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10) || a.localeCompare(b));
for (const kind of order) {
  const misses = kinds.get(kind)!;
  console.log(`${String(misses.length).padStart(4)}  ${kind}`);
  for (const row of misses.slice(0, list)) {
    const input = row.input as TitleInput | null;
    console.log(`        ${row.id} gold ${JSON.stringify(row.gold)}\n             ours ${JSON.stringify(row.ours)} (${row.from})`);
    for (const m of input?.metadata ?? []) console.log(`             ${m.from}: ${JSON.stringify(m.text)}`);
    for (const h of input?.headings ?? []) console.log(`             h1${h.chrome ? ' (chrome)' : ''}: ${JSON.stringify(h.text)}`);
  }
}
if (writeFile) writeFileSync(writeFile, rows.map((row) => JSON.stringify({ id: row.id, gold: row.gold, ours: row.ours, from: row.from })).join('\n') + '\n');
if (compareFile) {
  const before = new Map(
    readFileSync(compareFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { id: string; ours: string; gold: string })
      .map((row) => [row.id, row] as const),
  );
  const delta = { odd: { better: 0, worse: 0 }, even: { better: 0, worse: 0 } };
  for (const row of rows) {
    const old = before.get(row.id);
    if (!old || old.ours === row.ours) continue;
    const was = old.ours === row.gold;
    const is = row.kind === null;
    if (was !== is) delta[half(row.id)][is ? 'better' : 'worse'] += 1;
    console.log(
      `${is && !was ? '+' : was && !is ? '-' : '='} ${row.id} ${JSON.stringify(old.ours)} -> ${JSON.stringify(row.ours)} (gold ${JSON.stringify(row.gold)})`,
    );
  }
  console.log(`changed verdicts: odd ids +${delta.odd.better} -${delta.odd.worse}, even ids +${delta.even.better} -${delta.even.worse}`);
}
