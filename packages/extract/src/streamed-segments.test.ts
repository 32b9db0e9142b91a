import { describe, expect, it } from 'vitest';
import { rawText } from './dom.ts';
import { extractArticle } from './extract-article.ts';
import { dropInertMarkup } from './inert-markup.ts';
import { parseHtml } from './parse-html.ts';

const options = { url: 'https://example.org/guide', fetchedAt: new Date('2026-02-08T08:00:00Z') };
const sentence = (n: number): string => `Paragraph ${n} of the guide explains index funds in full sentences, with commas, clauses, and a full stop.`;

describe('React streamed segments', () => {
  it('moves each hidden segment to its placeholder, nested slots included, and drops the fallback', () => {
    const html =
      '<body><main><p>one</p><!--$?--><template id="B:0"></template><div>Loading paragraph...</div><!--/$--><p>four</p></main>' +
      '<div hidden id="S:0"><p>two</p><template id="P:1"></template></div><div hidden id="S:1"><p>three</p></div></body>';
    const { document } = parseHtml(dropInertMarkup(html));
    expect(rawText(document)).toBe('onetwothreefour');
  });

  it('leaves a segment without a placeholder, and hidden divs on pages without placeholders, where they are', () => {
    const { document } = parseHtml('<body><p>one</p><div hidden id="S:0"><p>two</p></div></body>');
    expect(rawText(document)).toBe('onetwo');
    expect(parseHtml('<body><template id="B:3"></template><p>one</p><div hidden id="S:0"><p>two</p></div></body>').document.children).toHaveLength(1);
  });

  it('extracts an article whose paragraphs a streamed page sends after its shell', () => {
    const slots = [1, 2, 3, 4].map((n) => `<!--$?--><template id="B:${n}"></template><div>Loading paragraph...</div><!--/$-->`).join('');
    const segments = [1, 2, 3, 4].map((n) => `<div hidden id="S:${n}"><p>${sentence(n)}</p></div>`).join('');
    const page = `<html><body><main><article><h1>Index funds</h1><div class="article-body">${slots}</div></article></main>${segments}<script>$RC("B:1","S:1")</script></body></html>`;
    const text = extractArticle(page, options).contentText;
    expect(text).toBe([1, 2, 3, 4].map(sentence).join('\n\n'));
  });
});
