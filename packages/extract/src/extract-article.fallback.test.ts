import { describe, expect, it } from 'vitest';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import type { ExtractOptions } from './extract-article.ts';
import { extractArticle } from './extract-article.ts';

const options = { url: 'https://example.org/page', fetchedAt: new Date('2026-02-08T08:00:00Z') };
const prose = (n: number): string => `Paragraph ${n} of real prose, long enough to be scored as content, with commas, clauses, and a full stop.`;

function codeOf(input: string, extra: Partial<ExtractOptions> | (() => ExtractOptions) = {}): string | null {
  try {
    extractArticle(input, typeof extra === 'function' ? extra() : { ...options, ...extra });
    return null;
  } catch (error) {
    if (!(error instanceof FeedwrightError)) throw error;
    return error.code;
  }
}

describe('never nothing: a page with text always has a body', () => {
  it('reads the text a script-rendered page keeps in <noscript>', () => {
    const page = `<html><body><div id="app"></div><noscript><div class="post"><p>${prose(1)}</p><p>${prose(2)}</p></div></noscript></body></html>`;
    const article = extractArticle(page, options);
    expect(article.contentText).toContain('Paragraph 1 of real prose');
    expect(article.contentText).toContain('Paragraph 2 of real prose');
  });

  it('reads hidden text when nothing else is visible (streamed pages fill it in with scripts)', () => {
    const page = `<html><body><main><div class="skeleton"></div></main><div hidden id="S:0"><article><p>${prose(1)}</p><p>${prose(2)}</p></article></div></body></html>`;
    expect(extractArticle(page, options).contentText).toContain('Paragraph 2 of real prose');
  });

  it('keeps a page of short lines (no paragraph scores) instead of giving up', () => {
    const page = '<html><body><div class="hours">Open Monday to Friday</div><div class="hours">Closed on Sundays</div></body></html>';
    const article = extractArticle(page, options);
    expect(article.contentText).toContain('Open Monday to Friday');
    expect(article.contentText).toContain('Closed on Sundays');
  });

  it('reads text that broken markup left outside the first <body>', () => {
    const page = `<html><body><script type="application/ld+json">{}</script></body></html><html><body><article><p>${prose(1)}</p></article></body></html>`;
    expect(extractArticle(page, options).contentText).toContain('Paragraph 1 of real prose');
  });

  it('falls back to the page description when the body has no text, and says so', () => {
    const page = '<html><head><meta name="description" content="A shop for handmade mugs."></head><body><div id="root"></div></body></html>';
    const article = extractArticle(page, options);
    expect(article.contentText).toBe('A shop for handmade mugs.');
    expect(article.contentHtml).toBe('<p>A shop for handmade mugs.</p>');
    expect(article.extraction.method).toBe('description');
    expect(article.extraction.warnings).toContain('no body text found; the body is the page description');
  });

  it('falls back to the description when the body is only a bar of links (a script shell such as Discourse before its app runs), not when it holds text', () => {
    const head = '<head><meta name="description" content="So I wanted to know what real world miles people are getting on one charge."></head>';
    const bar =
      '<div id="top-navbar"><span><a href="https://esk8.example/">esk8.news</a> <a href="https://calc.esk8.example/">esk8 calc</a> <a href="https://patreon.example/">donate now</a></span></div>';
    const shell = extractArticle(`<html>${head}<body><section id="d-splash"></section>${bar}<section id="main"></section></body></html>`, options);
    expect(shell.contentText).toBe('So I wanted to know what real world miles people are getting on one charge.');
    expect(shell.extraction.method).toBe('description');
    const short = extractArticle(`<html>${head}<body><main><p>Closed on Sundays. <a href="/hours">See our hours</a>.</p></main></body></html>`, options);
    expect(short.contentText).toContain('Closed on Sundays');
  });

  it('does not take a <noscript> asking for JavaScript as the text: beside revealed text it goes, alone the page has none', () => {
    const revealed = `<html><body><div id="app"></div><noscript><div class="post"><p>${prose(1)}</p><p>${prose(2)}</p></div></noscript><noscript>Please enable JavaScript to view the comments powered by Disqus.</noscript></body></html>`;
    const article = extractArticle(revealed, options);
    expect(article.contentText).toContain('Paragraph 2 of real prose');
    expect(article.contentText).not.toContain('enable JavaScript');
    // create-react-app's shell: the notice is all the HTML holds.
    const shell =
      '<html><head><title>Shop</title></head><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div></body></html>';
    expect(codeOf(shell)).toBe('EXTRACT_NO_CONTENT');
  });

  it("keeps a page's own words on enabling JavaScript (outside <noscript>)", () => {
    const help =
      '<html><body><main><h1>Browser help</h1><p>To enable JavaScript in your browser, open Settings, then Privacy and security, then Site settings.</p></main></body></html>';
    expect(extractArticle(help, options).contentText).toContain('To enable JavaScript in your browser');
  });

  it('keeps EXTRACT_NO_CONTENT for a page with no text at all', () => {
    expect(codeOf('<html><head><title>x</title></head><body><div></div></body></html>')).toBe('EXTRACT_NO_CONTENT');
  });
});

describe('error codes', () => {
  it('a crash inside extraction is EXTRACT_FAILED, not EXTRACT_NO_CONTENT', () => {
    const exploding = (): ExtractOptions => ({
      ...options,
      get recipe(): never {
        throw new TypeError('boom');
      },
    });
    expect(codeOf(`<html><body><p>${prose(1)}</p></body></html>`, exploding)).toBe('EXTRACT_FAILED');
  });

  it('a URL that is not http(s) is FETCH_BAD_URL', () => {
    expect(codeOf(`<html><body><p>${prose(1)}</p></body></html>`, { url: 'not a url' })).toBe('FETCH_BAD_URL');
  });
});

describe('pages that are not one article', () => {
  const menu = '<ul class="menu"><li><a href="/a">Home</a></li><li><a href="/b">Shop</a></li><li><a href="/c">About us</a></li></ul>';
  const item = (n: number): string =>
    `<div class="card"><h3><a href="/item/${n}">Item number ${n} with a descriptive title</a></h3><p>A short teaser for item ${n}, two clauses long.</p></div>`;
  const cards = Array.from({ length: 12 }, (_, n) => item(n)).join('');
  const lead = `<div class="intro"><p>${prose(1)}</p></div>`;

  it('takes the whole main region of a listing (its items), not one block, and no navigation', () => {
    const page = `<html><body><header>${menu}</header><main>${lead}<section class="grid">${cards}</section></main><footer><p>Copyright example.org</p></footer></body></html>`;
    const article = extractArticle(page, options);
    expect(article.contentText).toContain('Paragraph 1 of real prose');
    expect(article.contentText).toContain('Item number 0 with a descriptive title');
    expect(article.contentText).toContain('A short teaser for item 11');
    expect(article.contentText).not.toContain('About us');
    expect(article.contentText).not.toContain('Copyright');
  });

  it('keeps an article (article-typed JSON-LD) to its text, even beside a long list of links', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A story"}</script>';
    const story = `<article><div class="body">${[1, 2, 3, 4, 5, 6].map((n) => `<p>${prose(n)}</p>`).join('')}</div></article>`;
    const links = Array.from({ length: 40 }, (_, n) => `<li><a href="/item/${n}">Item number ${n} with a descriptive title</a></li>`).join('');
    const page = `<html><head>${ld}</head><body><main>${story}<ul class="list">${links}</ul></main></body></html>`;
    const article = extractArticle(page, options);
    expect(article.contentText).toContain('Paragraph 6 of real prose');
    expect(article.contentText).not.toContain('Item number 0');
  });
});

describe('what is and is not the article body', () => {
  it('cuts from an "About the Author" or "Related posts" heading in the second half of the text, not from one near the top', () => {
    const paragraphs = [1, 2, 3, 4, 5, 6].map((n) => `<p>${prose(n)}</p>`).join('');
    const tail = '<h3>About the Author</h3><p>Jane Doe is a writer, editor and gardener who has written about plants for many years.</p>';
    const article = extractArticle(`<html><body><article><h1>A headline for the test</h1>${paragraphs}${tail}</article></body></html>`, options);
    expect(article.contentText).toContain('Paragraph 6 of real prose');
    expect(article.contentText).not.toContain('Jane Doe');
    const early = extractArticle(`<html><body><article><h1>A headline for the test</h1><h2>Related posts</h2>${paragraphs}</article></body></html>`, options);
    expect(early.contentText).toContain('Paragraph 1 of real prose');
  });

  it('reads a post body whose wrappers carry page-builder words ("widget-span", "meta_field") beside a content name', () => {
    const paragraphs = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `<div>${prose(n)}</div>`).join('');
    const other = [1, 2, 3, 4, 5, 6, 7, 8, 9]
      .map((n) => `<p>Other text ${n}, an unrelated promo paragraph, long enough to count as prose on its own.</p>`)
      .join('');
    const page = `<html><body><div class="span12 widget-span widget-type-blog_content"><h1>A headline for the test</h1><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text">${paragraphs}</span></div><div class="bio">${other}</div></body></html>`;
    expect(extractArticle(page, options).contentText).toContain('Paragraph 8 of real prose');
  });
});

describe('title diagnostics', () => {
  it('shows onTitle the candidates the title was chosen from and the choice', () => {
    const page = `<html><head><title>Rain in Spain | Example News</title><meta property="og:title" content="Rain in Spain"><meta property="og:site_name" content="Example News"></head><body><header><h1>Example News</h1></header><article><h1>Rain in Spain</h1><p>${prose(1)}</p></article></body></html>`;
    const seen: { metadata: string[]; headings: string[]; siteNames: string[]; choice: string | null }[] = [];
    const article = extractArticle(page, {
      ...options,
      onTitle: (input, choice) =>
        seen.push({
          metadata: input.metadata.map((m) => `${m.from}: ${m.text}`),
          headings: input.headings.map((h) => `${h.chrome ? 'chrome' : 'content'}: ${h.text}`),
          siteNames: input.siteNames,
          choice: choice?.title ?? null,
        }),
    });
    expect(seen).toEqual([
      {
        metadata: ['og:title: Rain in Spain', 'title-tag: Rain in Spain | Example News'],
        headings: ['chrome: Example News', 'content: Rain in Spain'],
        siteNames: ['Example News'],
        choice: 'Rain in Spain',
      },
    ]);
    expect(article.title).toBe('Rain in Spain');
  });
});
