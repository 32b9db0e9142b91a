import type { AnyNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '@feedwright/core/testing/seeded-random.ts';
import { descendants, holdsText, keepsMoreThan, rawText, rawTextUpTo } from './dom.ts';
import { parseHtml } from './parse-html.ts';
import { normalizeSpace } from './text.ts';

/**
 * Every node (the document, its elements and their children, text and comments too) of `pages` generated pages, each up to
 * `most` pieces drawn at random from `pieces`, with the page's html for the failure message.
 */
function* generatedNodes(random: (n: number) => number, pieces: string[], pages: number, most: number): Generator<{ html: string; node: AnyNode }> {
  for (let page = 0; page < pages; page += 1) {
    let html = '';
    for (let i = 0, n = 1 + random(most); i < n; i += 1) html += pieces[random(pieces.length)];
    const { document } = parseHtml(html);
    for (const node of [document, ...document.children, ...descendants(document).flatMap((element) => element.children)] as AnyNode[]) yield { html, node };
  }
}

describe('holdsText', () => {
  it("is rawText(node).trim() !== '' on every node of generated pages: spaces of every kind, comments, scripts, empty elements", () => {
    const random = seededRandom(19);
    const pieces = [
      '<div>',
      '</div>',
      '<span>',
      '</span>',
      '<p>',
      '<b></b>',
      '<!-- x -->',
      '<script>y</script>',
      '<br>',
      ' ',
      '\n',
      '\t',
      '\u00a0',
      '\u2003',
      '\ufeff',
      '&nbsp;',
      'a',
      '<![CDATA[z]]>',
    ];
    let checked = 0;
    for (const { html, node } of generatedNodes(random, pieces, 400, 14)) {
      expect(holdsText(node), JSON.stringify(html)).toBe(rawText(node).trim() !== '');
      checked += 1;
    }
    expect(checked).toBeGreaterThan(2000);
  });
});

describe('rawTextUpTo', () => {
  it('is rawText up to the limit, and null once the text runs past it', () => {
    const { document: root } = parseHtml('<div><p>Sale price: <span>$24.50</span></p><!-- note --><p>Original price: $35.00</p></div>');
    const text = rawText(root);
    expect(rawTextUpTo(root, text.length)).toBe(text);
    expect(rawTextUpTo(root, 80)).toBe(text);
    expect(rawTextUpTo(root, text.length - 1)).toBeNull();
    expect(rawTextUpTo(root, 5)).toBeNull();
  });
});

describe('keepsMoreThan', () => {
  it("is whether normalizeSpace(rawText(node)) keeps more than the limit's characters besides its single spaces, on generated pages", () => {
    const random = seededRandom(32);
    const pieces = [
      '<div>',
      '</div>',
      '<p>',
      '</p>',
      '<!-- xy -->',
      '<script>yz</script>',
      ' ',
      '\n',
      '\u00a0',
      '\u2003',
      '\u200b',
      '\ufeff',
      'a',
      'bc',
      '漢字',
      'Q?',
    ];
    let checked = 0;
    for (const { html, node } of generatedNodes(random, pieces, 300, 16)) {
      const kept = normalizeSpace(rawText(node)).replaceAll(' ', '').length;
      for (const limit of [0, 1, 2, 5, 9]) {
        expect(keepsMoreThan(node, limit), JSON.stringify(html)).toBe(kept > limit);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });
});
