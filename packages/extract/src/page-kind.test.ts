import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article.ts';
import type { PageSignals } from './metadata.ts';
import { isStoryPage, pageKindOf } from './page-kind.ts';

const options = { url: 'https://shop.example.org/p/kettle', fetchedAt: new Date('2026-02-08T08:00:00Z') };
const sentence = (topic: string, n: number): string => `The ${topic} paragraph ${n} describes it in full sentences, with commas, clauses, and a full stop.`;
const ld = (node: object): string => `<script type="application/ld+json">${JSON.stringify(node)}</script>`;
const signals = (
  jsonLd: Record<string, unknown>[],
  meta: Record<string, string> = {},
  titles: { titleTag?: string; h1?: string } = {},
): Pick<PageSignals, 'jsonLd' | 'meta' | 'titleTag' | 'h1'> => ({
  jsonLd,
  meta: new Map(Object.entries(meta)),
  titleTag: titles.titleTag ?? null,
  h1: titles.h1 ?? null,
});

describe('pageKindOf', () => {
  it('reads a product from a JSON-LD Product node or og:type product', () => {
    expect(pageKindOf(signals([{ '@type': 'BreadcrumbList' }, { '@type': 'Product', name: 'Kettle' }]), null)).toBe('product');
    expect(pageKindOf(signals([{ '@type': ['ProductGroup'] }]), null)).toBe('product');
    expect(pageKindOf(signals([], { 'og:type': 'product.item' }), null)).toBe('product');
  });

  it('reads an article from an article-typed main node, before any product it mentions', () => {
    const article = { '@type': 'Review', headline: 'Kettle review' };
    expect(pageKindOf(signals([article, { '@type': 'Product' }]), article)).toBe('article');
  });

  it('reads a discussion thread from a JSON-LD DiscussionForumPosting, QAPage or SocialMediaPosting node', () => {
    expect(pageKindOf(signals([{ '@type': 'BreadcrumbList' }, { '@type': 'DiscussionForumPosting', headline: 'Range?' }]), null)).toBe('thread');
    expect(pageKindOf(signals([{ '@type': 'QAPage' }]), null)).toBe('thread');
    const article = { '@type': 'NewsArticle', headline: 'Range' };
    expect(pageKindOf(signals([article, { '@type': 'DiscussionForumPosting' }]), article)).toBe('article');
  });

  it('reads a page that states no kind but shows one or two "Add to cart" buttons as a product page, and a grid of them as not', () => {
    const carts = (cartButtons: number): Pick<PageSignals, 'jsonLd' | 'meta' | 'cartButtons'> => ({ ...signals([{ '@type': 'WebPage' }]), cartButtons });
    expect(pageKindOf(carts(1), null)).toBe('product');
    expect(pageKindOf(carts(2), null)).toBe('product');
    expect(pageKindOf(carts(3), null)).toBe('other');
    expect(pageKindOf(carts(0), null)).toBe('other');
    const article = { '@type': 'BlogPosting', headline: 'Kettles we like' };
    expect(pageKindOf({ ...signals([article]), cartButtons: 1 }, article)).toBe('article');
  });

  it('says nothing (other) for a bare WebPage, og:type website or no metadata', () => {
    expect(pageKindOf(signals([{ '@type': 'WebPage' }], { 'og:type': 'website' }), { '@type': 'WebPage' })).toBe('other');
    expect(pageKindOf(signals([]), null)).toBe('other');
  });
});

/** A shop's product page: the description, then shoppers' reviews and other products in the same <main>. */
const productPage = (head: string, itemtype = ''): string => {
  const description = [1, 2, 3, 4, 5, 6].map((n) => `<p>${sentence('description', n)}</p>`).join('');
  const reviews = [1, 2, 3, 4].map((n) => `<div class="review-item"><p>${sentence('shopper review', n)}</p></div>`).join('');
  const others = [1, 2, 3].map((n) => `<li><p>${sentence('other product', n)}</p></li>`).join('');
  return `<html><head>${head}</head><body><main${itemtype}><h1>Kettle</h1><div class="product-description">${description}</div><section class="reviews">${reviews}</section><section class="recently-viewed"><ul>${others}</ul></section></main></body></html>`;
};

describe('generic body on product pages', () => {
  it('keeps the description and drops reviews and other products when the metadata says Product', () => {
    const text = extractArticle(productPage(ld({ '@type': 'Product', name: 'Kettle' })), options).contentText;
    expect(text).toContain(sentence('description', 3));
    expect(text).not.toContain(sentence('shopper review', 1));
    expect(text).not.toContain(sentence('other product', 1));
  });

  it('reads schema.org/Product microdata as a product page when the metadata states no kind', () => {
    const text = extractArticle(productPage('', ' itemscope itemtype="https://schema.org/Product"'), options).contentText;
    expect(text).toContain(sentence('description', 1));
    expect(text).not.toContain(sentence('shopper review', 1));
  });

  it('keeps one copy of a block a product page renders twice (mobile and desktop layouts), wherever the copy stands', () => {
    const features = `<ul><li>Holds 1.7 litres</li><li>Boils in three minutes</li></ul>`;
    const details = `<div class="product-description"><p>${sentence('description', 1)}</p><p>${sentence('description', 2)}</p>${features}<p>${sentence('description', 3)}</p></div>`;
    const page = (head: string): string =>
      `<html><head>${head}</head><body><main><h1>Kettle</h1><div class="mobile-layout">${details}</div><div class="desktop-layout">${details}</div></main></body></html>`;
    const product = extractArticle(page(ld({ '@type': 'Product', name: 'Kettle' })), options).contentText;
    expect(product.split(sentence('description', 2)).length - 1).toBe(1);
    expect(product.split('Boils in three minutes').length - 1).toBe(1);
    // Elsewhere a repeat may be meant (a refrain, a quoted post), and stays.
    expect(extractArticle(page(''), options).contentText.split(sentence('description', 2)).length - 1).toBe(2);
  });

  it('reads a page with no product markup but one buy box as a product page: its "Add to cart" button, or an input button', () => {
    const buyBox = (control: string): string => productPage('').replace('<h1>Kettle</h1>', `<h1>Kettle</h1><form action="/cart"><p>$39</p>${control}</form>`);
    for (const control of [
      '<button type="submit" name="add">\n  <span> Add to cart </span><i class="icon-bag"></i>\n</button>',
      '<input type="submit" value="Add to Bag">',
    ]) {
      const text = extractArticle(buyBox(control), options).contentText;
      expect(text).toContain(sentence('description', 3));
      expect(text).not.toContain(sentence('shopper review', 1));
    }
    // A grid's quick-add buttons, one per card, say nothing of the page's kind.
    const grid = buyBox('<button>Add to cart</button><button>Add to cart</button><button>Add to cart</button>');
    expect(extractArticle(grid, options).contentText).toContain(sentence('shopper review', 1));
  });

  it('keeps review-classed text on pages that are not products (a review site, a service page)', () => {
    const text = extractArticle(productPage(''), options).contentText;
    expect(text).toContain(sentence('shopper review', 1));
  });
});

describe('generic body on threads', () => {
  it('keeps every post marked itemprop=text, not only the opening post the scorer picks', () => {
    const opening = `<div class="post-body" itemprop="text">${[1, 2, 3, 4, 5].map((n) => `<p>${sentence('opening post', n)}</p>`).join('')}</div>`;
    const replies = [1, 2, 3]
      .map((n) => `<li itemscope itemtype="https://schema.org/Comment"><a class="user">member${n}</a><div itemprop="text">Reply ${n}: it works.</div></li>`)
      .join('');
    const page = `<html><head>${ld({ '@type': 'Article', headline: 'Will it work?' })}</head><body><div class="layout"><div class="column"><div class="thread-start">${opening}</div></div><ol class="board">${replies}</ol></div></body></html>`;
    const text = extractArticle(page, options).contentText;
    expect(text).toContain(sentence('opening post', 1));
    expect(text).toContain('Reply 1: it works.');
    expect(text).toContain('Reply 3: it works.');
  });
});

describe('generic body on threads whose opening post is not marked', () => {
  it('keeps the opening post that sits in the same frame as the marked replies (XenForo: article.message-body)', () => {
    const frame = (inner: string): string =>
      `<div class="message"><div class="message-user"><a href="/u">member</a></div><article class="message-body">${inner}</article></div>`;
    const opening = frame(`<div class="bbWrapper">${sentence('opening post', 1)}<br>${sentence('opening post', 2)}</div>`);
    const replies = [1, 2, 3, 4].map((n) => frame(`<div itemprop="text"><div class="bbWrapper">${sentence('reply', n)}</div></div>`)).join('');
    const page = `<html><body><div class="p-body"><div class="block-body">${opening}${replies}</div></div><div class="footer-links"><a href="/terms">Terms and rules</a></div></body></html>`;
    const text = extractArticle(page, options).contentText;
    expect(text).toContain(sentence('opening post', 2));
    expect(text).toContain(sentence('reply', 1));
    expect(text).toContain(sentence('reply', 4));
    expect(text.indexOf(sentence('opening post', 1))).toBeLessThan(text.indexOf(sentence('reply', 1)));
  });
});

describe('generic body on threads whose replies are classed as comments', () => {
  const thread = (head: string, itemtype = ''): string => {
    const opening = `<div class="Message">${[1, 2].map((n) => `<p>${sentence('opening post', n)}</p>`).join('')}</div>`;
    const replies = [1, 2, 3, 4].map((n) => `<li class="comment"><div class="Message"><p>${sentence('reply', n)}</p></div></li>`).join('');
    return `<html><head>${head}</head><body${itemtype}><div class="Discussion">${opening}</div><h2>Comments</h2><ul class="MessageList comments replies">${replies}</ul></body></html>`;
  };

  it('keeps the replies when the metadata says the page is a discussion (the posts are the comments)', () => {
    const text = extractArticle(thread(ld({ '@type': 'DiscussionForumPosting', headline: 'Range?' })), options).contentText;
    expect(text).toContain(sentence('opening post', 1));
    expect(text).toContain(sentence('reply', 1));
    expect(text).toContain(sentence('reply', 4));
  });

  it('reads schema.org/DiscussionForumPosting microdata as a discussion too', () => {
    const text = extractArticle(thread('', ' itemscope itemtype="https://schema.org/DiscussionForumPosting"'), options).contentText;
    expect(text).toContain(sentence('reply', 4));
  });

  it('keeps every post body of the thread, when the opening post and the replies sit in different lists', () => {
    const body = (inner: string): string =>
      `<div class="Item"><div class="Item-Header"><a href="/u">member</a></div><div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">${inner}</div><div class="Reactions"><a href="#">Like</a></div></div></div></div>`;
    const opening = body([1, 2, 3, 4, 5].map((n) => `<p>${sentence('opening post', n)}</p>`).join(''));
    const replies = [1, 2].map((n) => `<li>${body(`<p>${sentence('reply', n)}</p>`)}</li>`).join('');
    const page = `<html><head>${ld({ '@type': 'DiscussionForumPosting', headline: 'Range?' })}</head><body><div class="main"><div class="Discussion">${opening}</div><div class="Responses"><ul class="MessageList">${replies}</ul></div></div><div class="panel"><a href="/c">Categories</a></div></body></html>`;
    const text = extractArticle(page, options).contentText;
    expect(text).toContain(sentence('opening post', 5));
    expect(text).toContain(sentence('reply', 2));
  });

  it('still leaves comments out of a page that does not say it is a discussion', () => {
    const text = extractArticle(thread(''), options).contentText;
    expect(text).toContain(sentence('opening post', 1));
    expect(text).not.toContain(sentence('reply', 1));
  });
});

describe('generic body on Q&A pages', () => {
  it('keeps the question and the answers, and leaves out the comments under them (schema.org Comment inside a Question or Answer)', () => {
    const comments = (who: string): string =>
      `<ul class="comments">${[1, 2]
        .map(
          (n) =>
            `<li itemprop="comment" itemscope itemtype="https://schema.org/Comment"><span itemprop="text">Comment ${n} on the ${who}: did you check the cable?</span></li>`,
        )
        .join('')}</ul>`;
    const question = `<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><h1 itemprop="name">Why does it hum?</h1><div itemprop="text"><p>${sentence('question', 1)}</p><p>${sentence('question', 2)}</p></div>${comments('question')}</div>`;
    const answers = [1, 2]
      .map(
        (n) =>
          `<div itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"><div itemprop="text"><p>${sentence(`answer ${n}`, 1)}</p><p>${sentence(`answer ${n}`, 2)}</p></div>${comments(`answer ${n}`)}</div>`,
      )
      .join('');
    const page = `<html itemscope itemtype="https://schema.org/QAPage"><body><div id="content">${question}${answers}</div></body></html>`;
    const text = extractArticle(page, options).contentText;
    expect(text).toContain(sentence('question', 1));
    expect(text).toContain(sentence('answer 2', 1));
    expect(text).not.toContain('Comment 1 on the question');
    expect(text).not.toContain('Comment 2 on the answer 1');
  });
});

describe('generic body on shop, listing and service pages', () => {
  it('drops controls (Add to cart, Learn more, Skip to …) as blocks and as list items', () => {
    const cards = [1, 2, 3]
      .map((n) => `<div class="card"><h3>Plan ${n}</h3><p>${sentence('plan', n)}</p><p><a href="/p/${n}">Learn more</a></p></div>`)
      .join('');
    const page = `<html><body><main><a href="#results">Skip to search results</a>${cards}<ul><li>${sentence('feature', 1)}</li><li><a href="/cart">Add to cart</a></li></ul><button>Shop now</button></main></body></html>`;
    const text = extractArticle(page, options).contentText;
    expect(text).toContain(sentence('plan', 3));
    expect(text).toContain(sentence('feature', 1));
    expect(text).not.toMatch(/Learn more|Add to cart|Skip to search results|Shop now/);
  });

  it('keeps one copy of a card title repeated by the card (image link, then heading), and repeated sentences', () => {
    const cards = [1, 2, 3, 4]
      .map(
        (n) =>
          `<div class="card"><a href="/s/${n}"><div>Story title number ${n}</div></a><h3><a href="/s/${n}">Story title number ${n}</a></h3><p>${sentence('teaser', n)}</p></div>`,
      )
      .join('');
    const text = extractArticle(`<html><body><main>${cards}<p>${sentence('teaser', 4)}</p></main></body></html>`, options).contentText;
    expect(text.split('Story title number 2').length - 1).toBe(1);
    expect(text.split(sentence('teaser', 4)).length - 1).toBe(2);
  });

  it('reads a card whose class names a thumbnail as a card: its heading and teaser are text, not an image caption', () => {
    const cards = [1, 2, 3, 4]
      .map(
        (n) =>
          `<div class="summary-item summary-item--layout-thumbnail"><img src="/i/${n}.jpg" width="300" height="200"><a href="/s/${n}"><h3>Story title number ${n}</h3></a><div>${sentence('teaser', n)}</div></div>`,
      )
      .join('');
    const text = extractArticle(`<html><body><main><h1>Science</h1>${cards}</main></body></html>`, options).contentText;
    expect(text).toContain('Story title number 1');
    expect(text).toContain(sentence('teaser', 4));
  });
});

describe('a product page names no author', () => {
  it("leaves out a product's maker line, its meta author and its copywriters, and keeps an article's byline", () => {
    const page = (head: string) =>
      `<html><head>${head}<meta name="author" content="Almondina Shop"></head><body><main><h1>Toasted Almond Thins, Cranberry Almond</h1><p class="byline">By Almondina</p>${[
        1, 2, 3, 4,
      ]
        .map((n) => `<p>${sentence('product', n)}</p>`)
        .join('')}<div class="copywriters">This article was written by Our Product Research Team</div></main></body></html>`;
    expect(extractArticle(page(ld({ '@type': 'Product', name: 'Toasted Almond Thins' })), options).byline).toBeNull();
    expect(extractArticle(page('<meta property="og:type" content="product">'), options).byline).toBeNull();
    expect(extractArticle(page(ld({ '@type': 'BlogPosting', headline: 'Toasted Almond Thins' })), options).byline).toBe('Almondina Shop');
  });
});

describe('isStoryPage', () => {
  // The address and its path, as extractArticle hands them over (the path the title rules read too).
  const storyPage = (given: Parameters<typeof isStoryPage>[0], url: string): boolean => isStoryPage(given, url, new URL(url).pathname);

  it('reads a story from article:published_time or a day in the address, never from a month alone', () => {
    expect(storyPage(signals([], { 'article:published_time': '2015-03-30T10:00:00Z' }), 'https://example.org/about/')).toBe(true);
    expect(storyPage(signals([]), 'https://example.org/2015/03/30/the-story/')).toBe(true);
    expect(storyPage(signals([]), 'https://example.org/news/the-story-2019-11-19/')).toBe(true);
    expect(storyPage(signals([]), 'https://example.org/2015/03/archive/')).toBe(false);
    expect(storyPage(signals([], { 'article:modified_time': '2015-03-30T10:00:00Z' }), 'https://example.org/about/')).toBe(false);
  });

  it("reads a story from the slug of its address when it spells the page's headline: four words or more, each a word of a title", () => {
    const url = 'https://sputniknews.example/columnists/201911181077343476-royal-self-indicting-arrogance/';
    expect(storyPage(signals([], { 'og:title': 'Royal Self-Indicting Arrogance' }), url)).toBe(true);
    expect(storyPage(signals([], {}, { h1: 'Royal, self-indicting arrogance!' }), url)).toBe(true);
    expect(storyPage(signals([], {}, { titleTag: 'Royal Self-Indicting Arrogance - Sputnik' }), url)).toBe(true);
    expect(storyPage(signals([], {}, { titleTag: 'Déjà vu at the café opens - Daily' }), 'https://example.org/deja-vu-cafe-opens.html')).toBe(true);
    // A word the titles do not say, three words only (a product's or a section's name), or no title at all.
    expect(storyPage(signals([], { 'og:title': 'Royal Self-Indicting Arrogance' }), url.replace('arrogance', 'arrogance-grows'))).toBe(false);
    expect(storyPage(signals([], { 'og:title': 'Red Dead Redemption 2' }), 'https://store.example/app/1174180/Red_Dead_Redemption_2/')).toBe(false);
    expect(storyPage(signals([]), url)).toBe(false);
  });

  it('does not read a story from the other publication metas or og:type article, which section pages carry too', () => {
    for (const meta of <Record<string, string>[]>[
      { pubdate: '2019-11-18T21:17:27Z' },
      { 'sailthru.date': '2019-11-18' },
      { 'og:type': 'article' },
      { date: '2019-11-18' },
    ])
      expect(storyPage(signals([], meta), 'https://example.org/columnists/royal-story/')).toBe(false);
  });
});
