import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreCorpus, scoreDocument, scoreSnippets, snippetKey, tokenize } from './body-score.ts';

const corpus = new URL('../../../bench/extract/zyte-dev/', import.meta.url);
const truthFile = JSON.parse(readFileSync(new URL('ground-truth.json', corpus), 'utf8')) as Record<string, { articleBody: string }>;
const truth = Object.fromEntries(Object.entries(truthFile).map(([id, v]) => [id, v.articleBody]));

function published(name: string): Record<string, string> {
  const data = JSON.parse(readFileSync(new URL(`published/${name}.json`, corpus), 'utf8')) as Record<string, { articleBody?: string }>;
  return Object.fromEntries(Object.entries(data).map(([id, v]) => [id, v.articleBody ?? '']));
}

describe('the body metric port', () => {
  it("tokenises like Python's \\w+ (letters, digits, underscore; CJK runs are one token)", () => {
    expect(tokenize('Hello, wörld_2 — 中文句子。 x')).toEqual(['Hello', 'wörld_2', '中文句子', 'x']);
  });

  it('scores a perfect, an empty and a partial prediction', () => {
    expect(scoreDocument('a b c d e', 'a b c d e')).toEqual({ tp: 1, fp: 0, fn: 0, exact: true });
    expect(scoreDocument('a b c d e', '')).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    const partial = scoreDocument('a b c d e f', 'a b c d x');
    expect(partial.tp).toBeCloseTo(1 / 4);
  });

  // Expected numbers computed once with the reference script, full precision:
  //   python3 -c "import json,importlib.util as u; s=u.spec_from_file_location('sb','score-body.py'); m=u.module_from_spec(s); s.loader.exec_module(m);
  //     t=json.load(open('ground-truth.json')); print(m.score(t, m.load_predictions('published/NAME.json'), sorted(t))[0])"
  // (score-body.py from the shared tools, run in bench/extract/zyte-dev/).
  const reference: Record<string, [number, number, number, number]> = {
    trafilatura: [0.962978609223094, 0.9471375434814024, 0.9793585782460299, 0.3008130081300813],
    rs_trafilatura: [0.9696047757289904, 0.9515676468036679, 0.9883389102982381, 0.2845528455284553],
    AutoExtract: [0.9735427127441701, 0.9833939830099724, 0.9638868575091065, 0.43902439024390244],
    readability_js: [0.9500528302039025, 0.9211069810046921, 0.9808769548759925, 0.16260162601626016],
    goose3: [0.9127153230601887, 0.9525792634170502, 0.8760538505820581, 0.2601626016260163],
    'html-text': [0.669663270896616, 0.5049501472921493, 0.9938558820270754, 0],
  };
  for (const [name, [f1, precision, recall, accuracy]] of Object.entries(reference)) {
    it(`gives the reference script's numbers for ${name} on zyte-dev`, () => {
      const score = scoreCorpus(truth, published(name));
      expect(score.documents).toBe(123);
      expect(score.f1).toBeCloseTo(f1, 12);
      expect(score.precision).toBeCloseTo(precision, 12);
      expect(score.recall).toBeCloseTo(recall, 12);
      expect(score.accuracy).toBeCloseTo(accuracy, 12);
    });
  }
});

describe('the snippet metric', () => {
  it('counts what the body holds and what it leaves out', () => {
    const body = 'The storm reached the coast on Monday.\n\nShare this article\n\nOfficials urged people to stay inside.';
    expect(scoreSnippets(['reached the coast', 'stay inside', 'a sentence we lost'], ['Share this article', 'Sign up now'], body)).toEqual({
      tp: 2,
      fn: 1,
      fp: 1,
      tn: 1,
    });
  });

  it('reads an empty body as holding nothing, and skips snippets with no text', () => {
    expect(scoreSnippets(['reached the coast', '  '], ['Share this article', ''], '')).toEqual({ tp: 0, fn: 1, fp: 0, tn: 1 });
  });

  it('compares across line breaks, no-break spaces, typographic quotes and dashes', () => {
    expect(snippetKey('It\u2019s \u201cfine\u201d\u00a0\u2014 really\n  ok')).toBe('It\'s "fine" - really ok');
    expect(
      scoreSnippets(["isn't just about the price - it's about trust"], [], 'A mover isn\u2019t just about the price \u2014 it\u2019s\nabout trust.'),
    ).toEqual({
      tp: 1,
      fn: 0,
      fp: 0,
      tn: 0,
    });
  });
});
