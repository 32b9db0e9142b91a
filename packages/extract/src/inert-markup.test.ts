import { describe, expect, it } from 'vitest';
import { seededRandom } from '@feedwright/core/testing/seeded-random.ts';
import { Buffer } from 'node:buffer';
import { PIECE_BYTES, capNesting, decodeUtf8WithoutInert, dropInertMarkup, mayNestTooDeep } from './inert-markup.ts';

/** The regular expression the scanner replaced: its matches are the specification. */
const REFERENCE =
  /<script\b([^>]*)>([\s\S]*?)<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<svg\b[^>]*>[\s\S]*?<\/svg\s*>|<nav\b[^>]*>[\s\S]*?<\/nav\s*>|<aside\b[^>]*>[\s\S]*?<\/aside\s*>|<template\b[^>]*>[\s\S]*?<\/template\s*>|<select\b[^>]*>[\s\S]*?<\/select\s*>|<!--[\s\S]*?-->/gi;
const kept = (match: string, attributes: string | undefined, body: string | undefined): boolean => {
  // An <aside> holding a <time> or an author's element stays: it may be the article's dateline or byline.
  if (/^<aside\b/i.test(match)) {
    const inner = match.slice(match.indexOf('>') + 1, match.toLowerCase().lastIndexOf('</aside'));
    return inner.includes('<time') || inner.includes('author');
  }
  if (attributes === undefined) return false;
  return /ld\+json|__NEXT_DATA__|application\/json/i.test(attributes) || body!.includes('SIMORGH_DATA');
};
/** React's empty streaming placeholder (`<template id="B:1"></template>`), kept with the attributes as written. */
const PLACEHOLDER = /^<template\b([^>]*>)<\/template\s*>$/i;
const boundaryOf = (match: string): '$' | '/$' | 0 => (/^<!--\$[?!]?-->$/.test(match) ? '$' : match === '<!--/$-->' ? '/$' : 0);
const reference = (html: string): string => {
  const matches = [...html.matchAll(REFERENCE)];
  let out = '';
  let last = 0;
  for (let i = 0; i < matches.length; i += 1) {
    const [match, attributes, body] = matches[i]!;
    const start = matches[i]!.index;
    if (kept(match, attributes, body)) continue;
    const placeholder = PLACEHOLDER.exec(match);
    if (placeholder && /\bid\s*=\s*["']?[BP]:[0-9a-f]+["'\s>]/.test(placeholder[1]!)) {
      // After `<!--$?-->`, the fallback up to the boundary's matching `<!--/$-->` goes too.
      const previous = matches[i - 1];
      let close = -1;
      if (previous && previous.index + previous[0].length === start && previous[0] === '<!--$?-->')
        for (let j = i + 1, depth = 0; j < matches.length && close === -1; j += 1) {
          const kind = boundaryOf(matches[j]![0]);
          if (kind === '$') depth += 1;
          else if (kind === '/$' && depth-- === 0) close = j;
        }
      if (close === -1) continue;
      out += html.slice(last, start + match.length);
      last = matches[close]!.index + matches[close]![0].length;
      i = close;
      continue;
    }
    out += html.slice(last, start);
    last = start + match.length;
  }
  return out + html.slice(last);
};

/** Tag soup the scanners must agree with the regular expression on: look-alikes, unclosed tags, Unicode spaces in end tags. */
const ATOMS = [
  '<script>',
  '<script type="application/ld+json">',
  '</script>',
  '</SCRIPT >',
  '</script\u00a0>',
  '</script\u3000\u2000\u205f\ufeff\u2028>',
  '<scripts>',
  '<script',
  '<style x>',
  '</style>',
  '</style\u1680>',
  '<svg>',
  '</svg\n>',
  '<nav>',
  '</nav>',
  '<NAV class=a>',
  '<aside>',
  '</aside>',
  '<time>',
  '<p class="author">',
  '<template>',
  '</template>',
  '<select>',
  '</select>',
  '<!--$?-->',
  '<!--$-->',
  '<!--$!-->',
  '<!--/$-->',
  '<template id="B:1">',
  '<template id=P:a2>',
  '<template id="B:1"></template>',
  '<!--',
  '-->',
  '<!-->',
  '>',
  '<',
  'x',
  ' ',
  'SIMORGH_DATA',
  '</',
  '<p>',
  '</na',
  'v>',
  'ſcript',
  '\u3000',
  'é',
  '€',
  '\u{1f600}',
];

describe('dropInertMarkup', () => {
  it('drops scripts, styles, svg, nav, aside, template, select and comments; keeps JSON-LD and page data', () => {
    const html =
      '<p>a</p><script>x()</script><SCRIPT src=y></script ><style>p{}</style><svg><path/></svg><nav><a>m</a></nav>' +
      '<aside>s</aside><template>t</template><select><option>o</select><!-- c --><p>b</p>' +
      '<script type="application/ld+json">{"@type":"Article"}</script><script>window.SIMORGH_DATA={}</script>';
    expect(dropInertMarkup(html)).toBe(
      '<p>a</p><p>b</p><script type="application/ld+json">{"@type":"Article"}</script><script>window.SIMORGH_DATA={}</script>',
    );
  });

  it('keeps an <aside> that holds a <time>: the article’s dateline may stand beside its text', () => {
    const html =
      '<article><aside class="meta"><p>Published</p><time datetime="2024-08-30">August 30, 2024</time></aside><p>b</p><aside>Related</aside></article>';
    expect(dropInertMarkup(html)).toBe(
      '<article><aside class="meta"><p>Published</p><time datetime="2024-08-30">August 30, 2024</time></aside><p>b</p></article>',
    );
  });

  it('keeps an <aside> that holds an author element: the byline may stand beside the text', () => {
    const html =
      '<article><aside class="side-col"><p class="post__author">Written By <span>Jane Doe, MD</span></p></aside><p>b</p><aside>Popular posts</aside></article>';
    expect(dropInertMarkup(html)).toBe(
      '<article><aside class="side-col"><p class="post__author">Written By <span>Jane Doe, MD</span></p></aside><p>b</p></article>',
    );
  });

  it('keeps React streaming placeholders and drops the fallback of a pending boundary up to its end comment', () => {
    const html =
      '<p>a</p><!--$?--><template id="B:0"></template><div>Loading <!-- -->paragraph<!--$--><b>x</b><!--/$-->...</div><!--/$--><p>b</p>' +
      '<template id="P:1"></template><!--$?--><template id="B:2"></template><p>no end</p><template>t</template>';
    expect(dropInertMarkup(html)).toBe(
      '<p>a</p><template id="B:0"></template><p>b</p><template id="P:1"></template><template id="B:2"></template><p>no end</p>',
    );
  });

  it('leaves unclosed and look-alike tags alone, as the regular expression did', () => {
    for (const html of ['<p>a<script>never closed', '<scripts>x</scripts>', '<nav class=a>x</na v>', '<!-- open', '<svg', '<aside>x</aside\u00a0>y'])
      expect(dropInertMarkup(html)).toBe(reference(html));
  });

  it('matches the regular expression on random soup of tags, ends, comments and text', () => {
    const random = seededRandom(7);
    for (let t = 0; t < 5000; t += 1) {
      let html = '';
      for (let i = random(14); i > 0; i -= 1) html += ATOMS[random(ATOMS.length)];
      expect(dropInertMarkup(html), JSON.stringify(html)).toBe(reference(html));
    }
  });

  it('stays linear on many unclosed tags', () => {
    const html = '<script><nav><!--<svg>'.repeat(20000);
    const start = performance.now();
    expect(dropInertMarkup(html)).toBe(html);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('decodeUtf8WithoutInert', () => {
  it('gives what decoding the whole page and dropping its inert markup gives, broken UTF-8 and Unicode spaces included', () => {
    const atoms = ATOMS.map((atom) => Buffer.from(atom));
    // Cut sequences on both sides of a dropped element must not fuse into one character.
    const broken = [[0xe2, 0x82], [0xac], [0xc3], [0xff], [0xe2, 0x80], [0xc2], [0xa0], [0xf0, 0x9f]].map((bytes) => Buffer.from(bytes));
    const random = seededRandom(11);
    for (let t = 0; t < 5000; t += 1) {
      const parts: Buffer[] = [];
      for (let i = random(16); i > 0; i -= 1) parts.push(random(4) === 0 ? broken[random(broken.length)]! : atoms[random(atoms.length)]!);
      const bytes = Buffer.concat(parts);
      expect(decodeUtf8WithoutInert(bytes).join(''), bytes.toString('hex')).toBe(reference(bytes.toString('utf8')));
      // Cut into pieces of a few bytes: the pieces must join to the same text (no sequence split, none fused).
      const pieceBytes = 1 + random(6);
      expect(decodeUtf8WithoutInert(bytes, pieceBytes).join(''), `${bytes.toString('hex')} in pieces of ${pieceBytes}`).toBe(reference(bytes.toString('utf8')));
    }
    expect(decodeUtf8WithoutInert(Buffer.from([0xe2, 0x82, ...Buffer.from('<script>x</script>'), 0xac])).join('')).toBe('\ufffd\ufffd');
  });

  it('decodes only the page it is given when the join buffer is reused, and pages past the buffer limit too', () => {
    const page = (text: string, size: number): Buffer => Buffer.from(`<p>${text.repeat(size)}</p><script>x</script><p>é end</p>`);
    for (const bytes of [page('long ', 40_000), page('a', 10), page('ü', 300_000), page('b', 3), page('c', 2_000_000), page('d', 1)])
      expect(decodeUtf8WithoutInert(bytes).join('')).toBe(reference(bytes.toString('utf8')));
  });

  it('gives pieces no longer than PIECE_BYTES in UTF-8, cut only between characters', () => {
    const bytes = Buffer.from(`<p>${'中文 ü €'.repeat(30_000)}</p><script>x</script><p>${'😀'.repeat(20_000)}</p>`);
    const pieces = decodeUtf8WithoutInert(bytes);
    expect(pieces.length).toBeGreaterThan(bytes.length / PIECE_BYTES);
    for (const piece of pieces) {
      expect(Buffer.byteLength(piece)).toBeLessThanOrEqual(PIECE_BYTES);
      expect(piece).not.toContain('\ufffd');
    }
    expect(pieces.join('')).toBe(reference(bytes.toString('utf8')));
  });
});

describe('capNesting', () => {
  it('drops tags nested past the limit and keeps their text', () => {
    const html = `${'<div>'.repeat(20000)}deep${'</div>'.repeat(20000)}`;
    const capped = capNesting(html, 1000);
    expect(capped.match(/<div>/g)?.length).toBe(1000);
    expect(capped).toContain('deep');
  });

  it('is asked for only when the pieces hold more than 15 tags per level of the limit', () => {
    expect(mayNestTooDeep(['<b>'.repeat(7), '<i>'.repeat(8)], 1)).toBe(false);
    expect(mayNestTooDeep(['<b>'.repeat(8), '<i>'.repeat(8)], 1)).toBe(true);
  });
});
