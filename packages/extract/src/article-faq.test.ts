import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article.ts';

const options = { url: 'https://example.org/blog/guide', fetchedAt: new Date('2026-02-08T08:00:00Z') };
const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"A guide"}</script>';
const sentence = (n: number): string => `Paragraph ${n} of the guide explains the subject in full sentences, with commas, clauses, and a full stop.`;
const post = `<div class="post-body">${[1, 2, 3, 4, 5, 6].map((n) => `<p>${sentence(n)}</p>`).join('')}</div>`;
const answer = 'The answer to the first question is yes, most of the time, and the guide above says why.';

describe('article FAQ sections', () => {
  it("reads an article's FAQ module that follows the post body, past a newsletter box", () => {
    const newsletter =
      '<section class="subscription"><form><div>Subscribe to our newsletter</div><input type="email"><button>Subscribe</button></form></section>';
    const faq = `<section class="faq-module"><h2>FAQ</h2><div class="accordion"><button aria-expanded="false" aria-controls="faq-0">Is it worth it?</button><div id="faq-0" aria-hidden="true"><p>${answer}</p></div></div></section>`;
    const page = `<html><head>${ld}</head><body><main><div class="layout"><article>${post}</article>${newsletter}${faq}</div></main></body></html>`;
    const text = extractArticle(page, options).contentText;
    expect(text).toContain(sentence(6));
    expect(text).toContain('Is it worth it?');
    expect(text).toContain(answer);
  });

  it('reads a bare FAQ heading and what follows it, up to the next heading of its rank', () => {
    const after =
      '<h2>FAQs About Home Security Cameras</h2><div class="qa"><h3>Which type of camera is best?</h3><div>Wired cameras, for most homes that can run a cable.</div></div><h2>More from the blog</h2><div class="cards"><div>Another story.</div></div>';
    const page = `<html><head>${ld}</head><body><main><div class="wrap"><article>${post}</article>${after}</div></main></body></html>`;
    const text = extractArticle(page, options).contentText;
    expect(text).toContain('Which type of camera is best?');
    expect(text).toContain('Wired cameras, for most homes');
    expect(text).not.toContain('Another story.');
  });

  it('leaves a module that does not open with an FAQ heading alone', () => {
    const other = `<section class="module"><h2>Our services</h2><p>${answer}</p></section>`;
    const page = `<html><head>${ld}</head><body><main><div class="layout"><article>${post}</article><div class="spacer"></div>${other}</div></main></body></html>`;
    const text = extractArticle(page, options).contentText;
    expect(text).toContain(sentence(6));
    expect(text).not.toContain(answer);
  });
});
