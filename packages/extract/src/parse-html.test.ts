import { readdirSync, readFileSync } from 'node:fs';
import type { AnyNode } from 'domhandler';
import { Element, Text } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '@feedwright/core/testing/seeded-random.ts';
import { descendants, mayHoldRareAttributes, textInk } from './dom.ts';
import { inkWeight } from './text.ts';
import { parseHtml, parseHtmlStock } from './parse-html.ts';

/** The tree as plain data: node types, names, attributes in order, texts. */
function shape(node: AnyNode): unknown {
  const out: Record<string, unknown> = { type: node.type };
  if ('name' in node) out.name = node.name;
  if ('attribs' in node) out.attribs = Object.entries(node.attribs);
  if ('data' in node) out.data = node.data;
  if ('children' in node) out.children = node.children.map(shape);
  return out;
}

/** Whether every child points to its parent and to its siblings as domhandler links them (parseHtml builds the child arrays itself). */
function linked(node: AnyNode): boolean {
  if (!('children' in node)) return true;
  return node.children.every(
    (child, i) => child.parent === node && child.prev === (node.children[i - 1] ?? null) && child.next === (node.children[i + 1] ?? null) && linked(child),
  );
}

const sameTree = (html: string): void => {
  const { document } = parseHtml(html);
  expect(shape(document), JSON.stringify(html.slice(0, 200))).toEqual(shape(parseHtmlStock(html)));
  expect(linked(document), JSON.stringify(html.slice(0, 200))).toBe(true);
};

/** Pieces of tag soup where the fast paths stop or skip: entities, quotes, names ending in every way, raw-text elements. */
const ATOMS = [
  '<',
  '>',
  '&',
  '&amp;',
  '&lt',
  '&#',
  '&#x41;',
  '&nbsp;x',
  '&notit;',
  '&ampx',
  '"',
  "'",
  '=',
  ' ',
  '\t',
  '\n',
  '\f',
  '\r',
  'a',
  'A',
  'p',
  'DIV',
  '/',
  'x=y',
  '<p>',
  '</p>',
  '< p>',
  '</ p>',
  '<X',
  '<P CLASS="a"',
  '</DIV >',
  '<a b c=d e>',
  '<a href="',
  "<a href='",
  '<a href=',
  '<br/ >',
  '<img src=x alt="a&b">',
  '<title>',
  '</title>',
  '<script>',
  '</script>',
  '<textarea>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<svg>',
  '</svg>',
  '<math>',
  '</math>',
  '<mi>',
  '</mi>',
  '<foreignObject>',
  '<x/>',
  '<path/>',
  '</br>',
  '</BR >',
  '<li>',
  '<td>',
  '<tr>',
  '<option>',
  '<dd>',
  '<h2>',
  '<body>',
  '</div>',
  '<a b="1"c=\'2\'>',
  '<div a = "x" >',
  '<i/>',
  '<a b=>',
  '<a b = c d>',
  '<em x="1"/ >',
  '<b \n\tc>',
  '</b >',
  '</b\n>',
  '<q =x "y">',
  '<!x>',
  '<?x>',
  'é',
  '中',
];

describe('parseHtml', () => {
  it('builds the same tree as the stock tokenizer on random tag soup', () => {
    const random = seededRandom(11);
    for (let t = 0; t < 5000; t += 1) {
      let html = '';
      for (let i = 1 + random(24); i > 0; i -= 1) html += ATOMS[random(ATOMS.length)];
      sameTree(html);
    }
  });

  it('builds the same tree from pieces as from their join: tags, attributes, entities, comments and raw text cut anywhere', () => {
    const random = seededRandom(12);
    for (let t = 0; t < 5000; t += 1) {
      let html = '';
      for (let i = 1 + random(24); i > 0; i -= 1) html += ATOMS[random(ATOMS.length)];
      const pieces: string[] = [];
      for (let at = 0; at < html.length;) {
        const next = Math.min(html.length, at + 1 + random(8));
        pieces.push(html.slice(at, next));
        at = next;
      }
      const { document } = parseHtml(pieces);
      expect(shape(document), JSON.stringify(pieces)).toEqual(shape(parseHtmlStock(html)));
      expect(linked(document), JSON.stringify(pieces)).toBe(true);
    }
  });

  it('builds the same tree as the stock tokenizer on the fixture pages', () => {
    const fixtures = new URL('./__fixtures__/', import.meta.url);
    const pages = readdirSync(fixtures, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      for (const file of readdirSync(new URL(`${page.name}/`, fixtures)).filter((name) => name.endsWith('.html'))) {
        const html = readFileSync(new URL(`${page.name}/${file}`, fixtures), 'utf8');
        sameTree(html);
        // And read in pieces of 4,000 characters, as extractArticle writes a page (inert-markup.ts, PIECE_BYTES).
        const pieces = html.match(/[\s\S]{1,4000}/g) ?? [];
        expect(shape(parseHtml(pieces).document), `${page.name}/${file} in pieces`).toEqual(shape(parseHtmlStock(html)));
      }
    }
  });

  it('gives the stock names with shared name strings: any case, repeated, prototype keys, and past the table bound', () => {
    sameTree('<DIV Class="a" CLASS="b" class="c" ID=x><P>t</P><Svg ViewBox="0 0 1 1"></Svg></DIV>');
    sameTree('<a constructor="c" __proto__="p" hasOwnProperty="h" toString="s" valueOf>x</a>');
    sameTree('<p data-Κάτι="1" DATA-İ="2" data-ß="3">x</p>');
    // More distinct names than the table keeps (MAX_NAMES): later ones are plain lowercased strings.
    let many = '';
    for (let i = 0; i < 5000; i += 1) many += `<x-Tag${i} Data-N${i}="${i}" data-n${i}="dup"></x-tag${i}>`;
    sameTree(many);
    const root = parseHtml(many).document;
    const last = descendants(root).at(-1)!;
    expect(last.name).toBe('x-tag4999');
    expect(last.attribs).toEqual({ 'data-n4999': '4999' });
  });

  it('weighs each text node once: textInk gives inkWeight of the data, from the slot the parser made', () => {
    const paragraph = descendants(parseHtml('<p>a&amp;b  中文 <b>x</b></p>').document)[0]!;
    const text = paragraph.children[0] as Text;
    expect(text.data).toBe('a&b  中文 ');
    expect(textInk(text)).toBe(inkWeight(text.data));
    expect(textInk(text)).toBe(9);
    expect(textInk(text)).toBe(9);
    // A text node the parser did not make is weighed every time.
    expect(textInk(new Text(' xy '))).toBe(2);
  });

  it('reports the depth of the deepest element', () => {
    expect(parseHtml('text only').maxDepth).toBe(0);
    expect(parseHtml('<p>a</p>').maxDepth).toBe(1);
    expect(parseHtml('<html><body><div><p>x</p></div></body></html>').maxDepth).toBe(4);
    expect(parseHtml('<div>'.repeat(500)).maxDepth).toBe(500);
  });

  it('marks the elements that hold none of the rare attributes, so their reads can be skipped', () => {
    const html =
      '<div class="a" id="b"><p>x</p><a href="/" rel="next">y</a></div><div hidden></div><p aria-hidden="true"></p><span style="x"></span>' +
      '<div role="main"></div><div data-e2e="x"></div><div aria-labelledby="x"></div><div data-component="x"></div>' +
      '<div itemprop="text"></div><div itemtype="x"></div><button aria-controls="x"></button>';
    const marks = descendants(parseHtml(html).document).map((element) => mayHoldRareAttributes(element));
    expect(marks).toEqual([false, false, false, true, true, true, true, true, true, true, true, true, true]);
    // An element the parser did not make is never assumed to lack them.
    expect(mayHoldRareAttributes(new Element('div', {}))).toBe(true);
  });

  it("makes domhandler's Text and Element: the same prototypes, fields in the same order, the marks in the object", () => {
    const { document } = parseHtml('<p class=a>One <b>two</b></p><script>x</script><style>y</style>');
    const p = document.children[0] as Element;
    const text = p.children[0] as Text;
    for (const [made, stock, marks] of [
      [p, new Element('p', { class: 'a' }), ['rareAttributes', 'order']],
      [document.children[1] as Element, new Element('script', {}), ['rareAttributes', 'order']],
      [text, new Text('One '), ['ink', 'prose']],
    ] as const) {
      expect(made).toBeInstanceOf(stock.constructor);
      expect(Object.getPrototypeOf(made)).toBe(Object.getPrototypeOf(stock));
      // domhandler's own fields first, in its order, then the marks: none added later, so none lives outside the object. The
      // source positions are left out (this parser records none: domhandler's are null, these undefined).
      expect(Object.keys(made)).toEqual([...Object.keys(stock).filter((key) => key !== 'startIndex' && key !== 'endIndex'), ...marks]);
      expect(made.startIndex ?? null).toBe(stock.startIndex);
      expect(made.type).toBe(stock.type);
    }
    expect((document.children[2] as Element).type).toBe('style');
    expect(p.firstChild).toBe(text);
    expect(text.nodeType).toBe(3);
    expect(p.tagName).toBe('p');
    expect(Object.keys(text).includes('ink') && (text as unknown as { ink: number }).ink).toBe(-1);
  });
});
