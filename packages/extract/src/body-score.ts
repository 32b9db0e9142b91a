/**
 * The article-extraction-benchmark body metric, ported from score-body.py: word 4-gram multisets
 * per document, each document's TP/FP/FN normalised to sum to 1, precision and recall averaged
 * over documents, F1 from the two averages. Tokens are runs of letters, digits and underscores.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;

/** The benchmark's tokens of a text. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  if (tokens.length < n) {
    counts.set(tokens.join('\u0001'), 1);
    return counts;
  }
  for (let i = 0; i + n <= tokens.length; i += 1) {
    const key = tokens.slice(i, i + n).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export type DocumentScore = { tp: number; fp: number; fn: number; exact: boolean };

/** Normalised TP/FP/FN of one predicted body against its ground truth. */
export function scoreDocument(truth: string, prediction: string): DocumentScore {
  const t = shingles(truth);
  const p = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of t) {
    const other = p.get(key) ?? 0;
    tp += Math.min(count, other);
    fn += Math.max(0, count - other);
  }
  for (const [key, count] of p) fp += Math.max(0, count - (t.get(key) ?? 0));
  const exact = tokenize(truth).join('\u0001') === tokenize(prediction).join('\u0001');
  const total = tp + fp + fn;
  if (total === 0) return { tp: 1, fp: 0, fn: 0, exact };
  return { tp: tp / total, fp: fp / total, fn: fn / total, exact };
}

export type CorpusScore = { f1: number; precision: number; recall: number; accuracy: number; documents: number };

/** Scores predictions (missing ids count as empty bodies) against the ground truth, over `ids`. */
export function scoreCorpus(
  truth: Record<string, string>,
  predictions: Record<string, string>,
  ids: string[] = Object.keys(truth).sort(),
): CorpusScore & { perDocument: Record<string, DocumentScore> } {
  const precisions: number[] = [];
  const recalls: number[] = [];
  let exact = 0;
  const perDocument: Record<string, DocumentScore> = {};
  for (const id of ids) {
    const row = scoreDocument(truth[id] ?? '', predictions[id] ?? '');
    perDocument[id] = row;
    if (row.exact) exact += 1;
    if (row.fp === 0 && row.fn === 0) {
      precisions.push(1);
      recalls.push(1);
      continue;
    }
    if (row.tp + row.fp > 0) precisions.push(row.tp / (row.tp + row.fp));
    if (row.tp + row.fn > 0) recalls.push(row.tp / (row.tp + row.fn));
  }
  const mean = (values: number[]): number => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, accuracy: ids.length === 0 ? 0 : exact / ids.length, documents: ids.length, perDocument };
}

/**
 * A text as the snippet metric compares it: whitespace runs as one space, no-break spaces as spaces, typographic quotes as
 * straight ones and en/em dashes as hyphens. The WCXB golds' snippets are retyped ("isn't" where the page writes "isn’t"),
 * so a raw substring test would count faithfully extracted text as missing.
 */
export function snippetKey(text: string): string {
  return text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export type SnippetScore = { tp: number; fn: number; fp: number; tn: number };

/**
 * The snippet metric of trafilatura's evaluation (the "broad 990-page set" is scored this way): each text the gold says
 * the body holds (`with`) is a true positive when the prediction contains it and a false negative when not; each text it says
 * the body leaves out (`without`) is a false positive when the prediction contains it and a true negative when not. Counts, not
 * rates: pool them over a corpus, then precision = tp / (tp + fp), recall = tp / (tp + fn). Compared after snippetKey.
 */
export function scoreSnippets(withs: readonly string[], withouts: readonly string[], prediction: string): SnippetScore {
  const body = snippetKey(prediction);
  const score: SnippetScore = { tp: 0, fn: 0, fp: 0, tn: 0 };
  // A snippet with no text says nothing either way and is not counted.
  for (const snippet of withs) {
    const key = snippetKey(snippet);
    if (key !== '') score[body.includes(key) ? 'tp' : 'fn'] += 1;
  }
  for (const snippet of withouts) {
    const key = snippetKey(snippet);
    if (key !== '') score[body.includes(key) ? 'fp' : 'tn'] += 1;
  }
  return score;
}
