import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article.ts';

// Session 19 docs pass: documentation generators' page templates (Sphinx, MkDocs Material, Docusaurus, Starlight, Microsoft Learn),
// written by hand from their markup, with the chrome they really carry.
const fetchedAt = new Date('2026-02-08T08:00:00Z');
const d = (n: number): string => `Paragraph ${n} explains how the client opens a connection, which options it reads, and what it returns to the caller.`;
const blocksOf = (html: string, url: string): string[] =>
  extractArticle(html, { url, fetchedAt })
    .contentText.split('\n')
    .map((b) => b.trim())
    .filter(Boolean);

describe('docs templates: Starlight', () => {
  const page = (aside: string): string =>
    `<html><head><title>Connecting | clientlib</title><meta name="generator" content="Starlight v0.21.0"></head><body><a href="#_top" class="sl-skip-link">Skip to content</a>` +
    `<nav class="sidebar" aria-label="Main"><ul><li><a href="/guides/install/">Installation</a></li><li><a href="/guides/connecting/" aria-current="page">Connecting</a></li></ul></nav>` +
    `<div class="main-frame"><aside class="right-sidebar-container"><div class="right-sidebar"><h2>On this page</h2><ul><li><a href="#_top">Overview</a></li><li><a href="#options">Options</a></li></ul></div></aside>` +
    `<main data-pagefind-body><div class="content-panel"><h1 id="_top">Connecting</h1></div><div class="content-panel"><div class="sl-markdown-content"><p>${d(1)}</p><p>${d(2)}</p>${aside}<h2 id="options">Options</h2><p>${d(4)}</p></div>` +
    `<footer><div class="meta"><a href="https://github.com/x/y/edit/main/docs/connecting.md">Edit page</a></div><div class="pagination-links"><a href="/guides/install/" rel="prev">Previous <span class="link-title">Installation</span></a></div></footer></div></main></div></body></html>`;

  it('keeps a callout set as an <aside> whose class names its kind (`starlight-aside--note`, `--caution`), and still drops the sidebars', () => {
    const note = `<aside aria-label="Note" class="starlight-aside starlight-aside--note"><p class="starlight-aside__title">Note</p><div class="starlight-aside__content"><p>${d(3)}</p></div></aside>`;
    const blocks = blocksOf(page(note), 'https://clientlib.dev/guides/connecting/');
    expect(blocks).toContain(d(3));
    expect(blocks).toContain('Note');
    expect(blocks.indexOf(d(3))).toBeGreaterThan(blocks.indexOf(d(2)));
    expect(blocks.at(-1)).toBe(d(4));
    for (const chrome of ['On this page', 'Overview', 'Installation', 'Edit page', 'Previous', 'Skip to content'])
      expect(blocks.join('\n')).not.toContain(chrome);
    const caution = note.replaceAll('note', 'caution').replace('Note', 'Caution');
    expect(blocksOf(page(caution), 'https://clientlib.dev/guides/connecting/')).toContain(d(3));
  });

  it('still drops an <aside> whose class only contains a callout word inside another word ("tip-jar", "notebook")', () => {
    for (const cls of ['tip-jar', 'notebook-promo']) {
      const aside = `<aside class="${cls}"><p>${d(3)}</p></aside>`;
      expect(blocksOf(page(aside), 'https://clientlib.dev/guides/connecting/')).not.toContain(d(3));
    }
  });

  it("keeps a heading in Starlight's wrapper beside its permalink, without the permalink's screen-reader text, when class names say nothing", () => {
    // Starlight's `div.sl-heading-wrapper` › the heading (its text a link to itself) and `a.sl-anchor-link` to the same id;
    // with the classes hashed, "sr-only" no longer hides the link's label and the wrapper reads as all links.
    const heading = (id: string, text: string): string =>
      `<div class="x1a2b3c4 x5d6e7f8"><h2 id="${id}"><a aria-hidden tabindex="-1" class="x0f1e2d3" href="#${id}">${text}</a></h2>` +
      `<a class="x9a8b7c6" href="#${id}"><span aria-hidden="true" class="x4d5e6f7"><svg width="16" height="16"></svg></span><span class="x3c2b1a0">Section titled “${text}”</span></a></div>`;
    const html =
      `<html><head><title>Start | clientlib</title></head><body><nav aria-label="Main"><ul><li><a href="/guides/install/">Installation</a></li><li><a href="/guides/start/">Start</a></li></ul></nav>` +
      `<main><div class="x7e7e7e7"><h1 id="_top">Start</h1></div><div class="x8f8f8f8"><p>${d(1)}</p>${heading('why-clientlib', 'Why clientlib?')}<p>${d(2)}</p>` +
      `${heading('secure', 'Secure foundation')}<p>${d(3)}</p>${heading('small', 'Small bundles')}<p>${d(4)}</p></div></main></body></html>`;
    const blocks = blocksOf(html, 'https://clientlib.dev/start/');
    for (const kept of ['Why clientlib?', 'Secure foundation', 'Small bundles']) expect(blocks).toContain(kept);
    expect(blocks.indexOf('Secure foundation')).toBe(blocks.indexOf(d(3)) - 1);
    expect(blocks.join('\n')).not.toContain('Section titled');
  });
});

describe('docs templates: Microsoft Learn', () => {
  it('reads the article\'s `ms.date` as its date, not the later visible "Last updated on" date', () => {
    const html =
      `<html><head><title>Connecting | Microsoft Learn</title><meta property="og:title" content="Connecting"><meta name="ms.date" content="2025-03-06T00:00:00Z"><meta name="updated_at" content="2025-10-23T11:11:00Z"></head><body>` +
      `<header><nav><a href="/en-us/training/">Training</a><a href="/en-us/docs/">Documentation</a></nav></header><main id="main" class="content">` +
      `<div id="article-metadata"><ul class="metadata page-metadata"><li><span class="badge">Last updated on</span> <local-time datetime="2025-03-25T22:04:00.000Z">2025-03-25</local-time></li></ul></div>` +
      `<div class="content"><h1>Connecting</h1></div><div class="content"><p>${d(1)}</p><p>${d(2)}</p><p>${d(3)}</p></div></main></body></html>`;
    const article = extractArticle(html, { url: 'https://learn.microsoft.com/en-us/azure/clientlib/connecting', fetchedAt });
    expect(String(article.publishedAt).slice(0, 10)).toBe('2025-03-06');
    expect(article.title).toBe('Connecting');
  });
});

describe('docs templates: Sphinx and MkDocs (passing on main: the chrome is already out)', () => {
  const code =
    '<div class="highlight-python notranslate"><div class="highlight"><pre><span></span><span class="n">client</span> <span class="o">=</span> <span class="n">Client</span><span class="p">(</span><span class="n">timeout</span><span class="o">=</span><span class="mi">5</span><span class="p">)</span>\n<span class="n">client</span><span class="o">.</span><span class="n">connect</span><span class="p">()</span>\n</pre></div></div>';
  const section =
    `<section id="connecting"><h1>Connecting<a class="headerlink" href="#connecting" title="Link to this heading">¶</a></h1><p>${d(1)}</p><p>${d(2)}</p>${code}` +
    `<div class="admonition note"><p class="admonition-title">Note</p><p>${d(3)}</p></div><section id="options"><h2>Options<a class="headerlink" href="#options">¶</a></h2>` +
    `<table class="docutils"><thead><tr><th><p>Option</p></th><th><p>Default</p></th></tr></thead><tbody><tr><td><p><code>timeout</code></p></td><td><p>10</p></td></tr></tbody></table><p>${d(4)}</p></section></section>`;

  it('Read the Docs theme: keeps code, the admonition title and the table; drops the search box, breadcrumbs, "Edit on GitHub", prev/next and the footer', () => {
    const html =
      `<html><head><title>Connecting &mdash; clientlib 1.0 documentation</title></head><body class="wy-body-for-nav"><div class="wy-grid-for-nav"><nav class="wy-nav-side"><div class="wy-side-nav-search"><a href="index.html">clientlib</a><form action="search.html"><input type="text" name="q" placeholder="Search docs"></form></div>` +
      `<div class="wy-menu wy-menu-vertical" role="navigation"><p class="caption"><span class="caption-text">Contents</span></p><ul><li class="toctree-l1"><a href="install.html">Installation</a></li></ul></div></nav>` +
      `<section class="wy-nav-content-wrap"><div class="wy-nav-content"><div class="rst-content"><div role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs"><li class="breadcrumb-item active">Connecting</li><li class="wy-breadcrumbs-aside"><a href="https://github.com/x/y/blob/main/docs/connecting.rst"> Edit on GitHub</a></li></ul></div>` +
      `<div role="main" class="document" itemscope itemtype="http://schema.org/Article"><div itemprop="articleBody">${section}</div></div>` +
      `<footer><div class="rst-footer-buttons" role="navigation"><a href="install.html" rel="prev">Previous</a><a href="api.html" rel="next">Next</a></div><div role="contentinfo"><p>&#169; Copyright 2024, Jane Doe. <span class="lastupdated">Last updated on Mar 02, 2024.</span></p></div>Built with Sphinx.</footer></div></div></section></div></body></html>`;
    const article = extractArticle(html, { url: 'https://clientlib.readthedocs.io/en/latest/connecting.html', fetchedAt });
    const text = article.contentText;
    expect(article.title).toBe('Connecting');
    for (const kept of [d(1), d(3), d(4), 'client = Client(timeout=5)\nclient.connect()', 'Note', 'timeout 10']) expect(text).toContain(kept);
    for (const chrome of ['Search docs', 'Edit on GitHub', 'Previous', 'Last updated', 'Copyright', 'Installation', '¶']) expect(text).not.toContain(chrome);
    expect(String(article.updatedAt).slice(0, 10)).toBe('2024-03-02');
  });

  it('MkDocs Material: drops the edit button, the feedback form, the source-file date and the footer navigation', () => {
    const html =
      `<html><head><title>Connecting - clientlib</title></head><body><header class="md-header"><nav class="md-header__inner"><div class="md-header__title">clientlib</div><div class="md-search" role="dialog"><form class="md-search__form"><input type="text" placeholder="Search"></form><div class="md-search-result__meta">Initializing search</div></div></nav></header>` +
      `<div class="md-container"><main class="md-main"><div class="md-main__inner"><div class="md-sidebar md-sidebar--secondary"><nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title">Table of contents</label><ul><li><a href="#options">Options</a></li></ul></nav></div>` +
      `<div class="md-content"><article class="md-content__inner md-typeset"><a href="https://github.com/x/y/edit/main/docs/connecting.md" title="Edit this page" class="md-content__button md-icon"></a><h1 id="connecting">Connecting</h1><p>${d(1)}</p><p>${d(2)}</p><div class="admonition note"><p class="admonition-title">Note</p><p>${d(3)}</p></div><h2 id="options">Options<a class="headerlink" href="#options">&para;</a></h2><p>${d(4)}</p>` +
      `<aside class="md-source-file"><span class="md-source-file__fact"><span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">March 2, 2024</span></span></aside>` +
      `<form class="md-feedback" name="feedback" hidden><fieldset><legend class="md-feedback__title">Was this page helpful?</legend><button type="submit">Yes</button></fieldset></form></article></div></div></main>` +
      `<footer class="md-footer"><nav class="md-footer__inner"><a href="../install/" class="md-footer__link md-footer__link--prev"><span class="md-footer__direction">Previous</span><div>Installation</div></a></nav><div class="md-copyright">Made with Material for MkDocs</div></footer></div></body></html>`;
    const blocks = blocksOf(html, 'https://x.github.io/y/connecting/');
    expect(blocks[0]).toBe(d(1));
    expect(blocks.at(-1)).toBe(d(4));
    expect(blocks).toContain('Note');
    for (const chrome of ['Table of contents', 'Was this page helpful', 'March 2, 2024', 'Previous', 'Made with', 'Initializing search'])
      expect(blocks.join('\n')).not.toContain(chrome);
  });
});

describe('docs templates: Nextra', () => {
  it('keeps a code block whose class names the framework (`nextra-code-block`: "extra" inside a word is not the unlikely word)', () => {
    const code =
      '<div class="nextra-code-block nx-relative nx-mt-6"><pre class="nx-bg-primary-700/5 nx-mb-4" data-language="python"><code><span class="line"><span>client = Client(timeout=5)</span></span>\n<span class="line"><span>client.connect()</span></span></code></pre>' +
      '<div class="nx-opacity-0 nx-absolute"><button class="nextra-button" title="Copy code"><svg></svg></button></div></div>';
    const html =
      `<html><head><title>Connecting – clientlib</title></head><body><div class="nextra-nav-container"><nav><a href="/">clientlib</a><input type="search" placeholder="Search documentation…"></nav></div>` +
      `<article class="nextra-content"><main class="nx-w-full"><h1>Connecting</h1><p>${d(1)}</p><p>${d(2)}</p>${code}<p>${d(3)}</p><p>${d(4)}</p></main></article></body></html>`;
    const text = extractArticle(html, { url: 'https://clientlib.dev/docs/connecting', fetchedAt }).contentText;
    expect(text).toContain('client = Client(timeout=5)\nclient.connect()');
    expect(text).toContain(d(4));
  });

  it('still drops a region whose class starts with the unlikely word ("extra", "sidebar-extra")', () => {
    const html = `<html><head><title>Connecting</title></head><body><main><h1>Connecting</h1><p>${d(1)}</p><p>${d(2)}</p><div class="sidebar-extra"><ul><li>Sponsored links</li></ul></div><p>${d(3)}</p></main></body></html>`;
    expect(extractArticle(html, { url: 'https://clientlib.dev/docs/connecting', fetchedAt }).contentText).not.toContain('Sponsored links');
  });
});

describe('docs templates: feedback questions without class words (GitBook, Intercom)', () => {
  const page = (widget: string): string =>
    `<html><head><title>Connecting | clientlib</title></head><body><header class="flex h-16"><a href="/">clientlib</a><button class="flex flex-1"><div>Ask or search...</div><kbd>Ctrl</kbd><kbd>K</kbd></button></header>` +
    `<main class="relative min-w-0 flex-1"><h1 class="text-4xl font-bold">Connecting</h1><div class="grid whitespace-normal"><p class="max-w-3xl mx-auto">${d(1)}</p><p class="max-w-3xl mx-auto">${d(2)}</p><p class="max-w-3xl mx-auto">${d(3)}</p>${widget}</div></main></body></html>`;

  it('drops the question line, alone or with its answer buttons, and keeps a sentence that only starts like one', () => {
    const gitbook = `<div class="flex flex-row items-center"><p class="text-sm">Was this helpful?</p><div class="flex gap-2"><button aria-label="Yes">👍</button><button aria-label="No">👎</button></div></div>`;
    const intercom = `<div class="flex flex-col"><span class="text-md">Did this answer your question?</span></div>`;
    const inline = `<p class="text-sm">Was this page helpful? Yes No</p>`;
    for (const widget of [gitbook, intercom, inline]) {
      const blocks = blocksOf(page(widget), 'https://docs.clientlib.dev/guides/connecting');
      expect(blocks.at(-1)).toBe(d(3));
    }
    const sentence = `<p class="max-w-3xl">Was this page helpful when you set up the client? Tell us on the forum, where the team reads every post.</p>`;
    expect(blocksOf(page(sentence), 'https://docs.clientlib.dev/guides/connecting').at(-1)).toContain('Tell us on the forum');
  });
});

describe('docs templates: API signatures (Javadoc, TypeDoc)', () => {
  // Javadoc 17's class page: its blocks are <div class="block"> without <p>; the forum signature case is in generic-body.test.ts (session 18).
  const page = (member: string): string =>
    `<html><head><title>Client (clientlib 1.0 API)</title></head><body><header role="banner"><nav><ul class="nav-list"><li><a href="../../index.html">Overview</a></li><li><a href="package-summary.html">Package</a></li><li>Class</li></ul></nav></header>` +
    `<main role="main"><div class="header"><h1 title="Class Client" class="title">Class Client</h1></div><section class="class-description" id="class-description"><div class="block">${d(1)}</div><div class="block">${d(2)}</div></section>` +
    `<section class="summary"><ul class="summary-list"><li><section class="method-summary" id="method-summary"><h2>Method Summary</h2><div class="summary-table three-column-summary"><div class="col-first even-row-color"><code>void</code></div><div class="col-last even-row-color"><div class="block">Opens the connection.</div></div></div></section></li></ul></section>` +
    `<section class="details"><ul class="details-list"><li><section class="method-details" id="method-detail"><h2>Method Details</h2><ul class="member-list"><li><section class="detail" id="connect()"><h3>connect</h3>${member}<div class="block">${d(3)}</div>` +
    `<dl class="notes"><dt>Throws:</dt><dd><code>IOException</code> - ${d(4)}</dd></dl></section></li></ul></section></li></ul></section></main><footer role="contentinfo"><p class="legal-copy"><small>Copyright 2024 Jane Doe.</small></p></footer></body></html>`;

  it("keeps a member's signature whose class names it one (`member-signature`, `tsd-signature`), not only a forum poster's `signature`", () => {
    const javadoc =
      '<div class="member-signature"><span class="modifiers">public</span>&nbsp;<span class="return-type">void</span>&nbsp;<span class="element-name">connect</span>(int&nbsp;timeout)</div>';
    const typedoc =
      '<div class="tsd-signature"><span class="tsd-kind-call-signature">connect</span><span class="tsd-signature-symbol">(</span>timeout<span class="tsd-signature-symbol">: </span><span class="tsd-signature-type">number</span><span class="tsd-signature-symbol">): </span><span class="tsd-signature-type">void</span></div>';
    const javadocBlocks = blocksOf(page(javadoc), 'https://clientlib.dev/javadoc/dev/clientlib/Client.html');
    expect(javadocBlocks.join('\n')).toMatch(/public\svoid\sconnect\(int\stimeout\)/);
    expect(javadocBlocks).toContain(d(3));
    expect(blocksOf(page(typedoc), 'https://clientlib.dev/api/classes/Client.html')).toContain('connect(timeout: number): void');
  });
});

describe('docs templates: Hugo Docsy', () => {
  const page = (alert: string): string =>
    `<html><head><title>Connecting | clientlib</title><meta name="generator" content="Hugo 0.123.0"></head><body><header><nav class="td-navbar"><a class="navbar-brand" href="/">clientlib</a><ul class="navbar-nav"><li><a href="/docs/">Documentation</a></li><li><a href="/blog/">Blog</a></li></ul></nav></header>` +
    `<div class="td-main"><main role="main"><div class="td-content"><h1>Connecting</h1><p>${d(1)}</p><p>${d(2)}</p>${alert}<h2 id="options">Options</h2><p>${d(4)}</p></div></main></div></body></html>`;

  it("keeps a callout marked role=alert in the page's content when it holds prose (the `alert` shortcode), and drops a short status alert", () => {
    const note = `<div class="alert alert-primary" role="alert"><h4 class="alert-heading">Note</h4><p>${d(3)}</p></div>`;
    const blocks = blocksOf(page(note), 'https://clientlib.dev/docs/guides/connecting/');
    expect(blocks).toContain('Note');
    expect(blocks).toContain(d(3));
    const status = '<div class="alert alert-danger" role="alert"><p>Please enter a valid e-mail address.</p></div>';
    expect(blocksOf(page(status), 'https://clientlib.dev/docs/guides/connecting/').join('\n')).not.toContain('valid e-mail');
  });
});

describe('docs templates: rustdoc', () => {
  it('drops the "stable since · Source" line beside each method, and keeps the signatures and their docs', () => {
    const method = (name: string, since: string): string =>
      `<details class="toggle method-toggle" open><summary><section id="method.${name}" class="method"><span class="rightside"><span class="since" title="Stable since Rust version ${since}">${since}</span> · <a class="src" href="../../src/core/result.rs.html#593">Source</a></span>` +
      `<h4 class="code-header">pub const fn <a href="#method.${name}" class="fn">${name}</a>(&amp;self) -&gt; <a class="primitive" href="../primitive.bool.html">bool</a></h4></section></summary><div class="docblock"><p>${d(name.length)}</p></div></details>`;
    const html =
      `<html><head><title>Result in std::result - Rust</title><meta name="generator" content="rustdoc"></head><body class="rustdoc enum"><nav class="sidebar"><h2><a href="../../std/index.html">std</a></h2><ul class="block"><li><a href="#method.is_ok">is_ok</a></li></ul></nav>` +
      `<main><section id="main-content" class="content"><div class="main-heading"><h1>Enum <span class="enum">Result</span></h1></div><div id="implementations-list"><details class="toggle implementors-toggle" open><summary><section id="impl-Result" class="impl"><h3 class="code-header">impl&lt;T, E&gt; Result&lt;T, E&gt;</h3></section></summary><div class="impl-items">` +
      `${method('is_ok', '1.0.0 (const: 1.48.0)')}${method('is_err', '1.0.0')}${method('is_ok_and', '1.70.0 (const: unstable)')}</div></details></div></section></main></body></html>`;
    const blocks = blocksOf(html, 'https://doc.rust-lang.org/std/result/enum.Result.html');
    expect(blocks).toContain('pub const fn is_ok(&self) -> bool');
    expect(blocks).toContain(d(9));
    expect(blocks.filter((b) => b.endsWith('· Source'))).toEqual([]);
  });
});

describe('docs templates: copy buttons outside the code block', () => {
  it('drops a block that is only a copy button\'s label ("Copy", "Copied!", "Copy code"), and keeps the code and a sentence about copying', () => {
    const html =
      `<html><head><title>Connecting to the service</title></head><body><main><div class="notion-page-content"><h1>Connecting to the service</h1><div class="notion-text-block"><div>${d(1)}</div></div><div class="notion-text-block"><div>${d(2)}</div></div>` +
      `<div class="notion-code-block"><div role="button">Copy</div><div role="button">Copied!</div><div class="notion-code-block"><div>client = Client(timeout=5)\nclient.connect()</div></div></div>` +
      `<div class="notion-text-block"><div>Copy the token from the dashboard, then paste it into the configuration file before you connect.</div></div><div class="notion-text-block"><div>${d(3)}</div></div></div></main></body></html>`;
    const blocks = blocksOf(html, 'https://jdoe.notion.site/Connecting-to-the-service-0123456789abcdef');
    expect(blocks.join('\n')).toContain('client = Client(timeout=5)');
    expect(blocks).not.toContain('Copy');
    expect(blocks).not.toContain('Copied!');
    expect(blocks.join('\n')).toContain('Copy the token from the dashboard');
  });
});

describe('docs templates: cross-reference sentences (MediaWiki, Sphinx)', () => {
  const page = (pointer: string): string =>
    `<html><head><title>Systemd - Wiki</title></head><body><div id="content" class="mw-body"><h1>Systemd</h1><div id="bodyContent"><div class="mw-parser-output"><p>${d(1)}</p><p>${d(2)}</p>` +
    `<div class="mw-heading mw-heading3"><h3 id="Sandboxing">Sandboxing application environments</h3></div>${pointer}` +
    `<div class="mw-heading mw-heading3"><h3 id="Notifying">Notifying about failed services</h3></div><p>${d(3)}</p><p>${d(4)}</p></div></div></div></body></html>`;
  const blocks = (pointer: string): string[] => blocksOf(page(pointer), 'https://wiki.example.org/title/Systemd');

  it('keeps a section\'s one-line "See <link>." sentence, though nearly all of it is the link', () => {
    expect(blocks('<p>See <a href="/title/Systemd/Sandboxing">systemd/Sandboxing</a>. </p>')).toContain('See systemd/Sandboxing.');
    expect(blocks('<p>See also <a href="/title/FAQ#Libs">FAQ#Why is there only one version of each library</a>.</p>')).toContain(
      'See also FAQ#Why is there only one version of each library.',
    );
    expect(blocks('<p>For details, see <a href="/errors.html">Handling Application Errors</a>.</p>')).toContain(
      'For details, see Handling Application Errors.',
    );
  });

  it('still drops a linked "See …" button and a pointer without a full stop', () => {
    expect(blocks('<p><a href="https://directory.example.org/brand/x">See the rating</a>.</p>').join('\n')).not.toContain('See the rating');
    expect(blocks('<p>See also: <a href="/news/other-story">Another story on the site</a></p>').join('\n')).not.toContain('Another story');
  });
});

describe('docs templates: mdBook code listings', () => {
  it('reads a listing\'s caption when the code block carries a badge image (the "does not compile" crab), as when it carries none', () => {
    const listing = (badge: string): string =>
      `<figure class="listing" id="listing-9-10"><span class="file-name">Filename: src/main.rs</span><pre>${badge}<code class="language-rust">fn main() {\n    let greeting_file = File::open("hello.txt")?;\n}</code></pre>` +
      `<figcaption><a href="#listing-9-10">Listing 9-10</a>: Attempting to use the <code>?</code> in the <code>main</code> function that returns <code>()</code> won’t compile.</figcaption></figure>`;
    const page = (badge: string): string =>
      `<html><head><title>Recoverable Errors with Result - The Rust Programming Language</title></head><body><nav id="sidebar" class="sidebar"><ol class="chapter"><li class="chapter-item"><a href="ch09-01.html">Unrecoverable Errors</a></li></ol></nav>` +
      `<div id="page-wrapper" class="page-wrapper"><div class="page"><main><h2>Recoverable Errors</h2><p>${d(1)}</p><p>${d(2)}</p>${listing(badge)}<p>${d(3)}</p><p>${d(4)}</p></main></div></div></body></html>`;
    const badge =
      '<div class="ferris-container"><a href="ch00-00-introduction.html#ferris"><img src="img/ferris/does_not_compile.svg" title="This code does not compile!" class="ferris"></a></div>';
    for (const html of [page(''), page(badge)]) {
      const blocks = blocksOf(html, 'https://doc.rust-lang.org/book/ch09-02-recoverable-errors-with-result.html');
      expect(blocks).toContain('Listing 9-10: Attempting to use the ? in the main function that returns () won’t compile.');
      expect(blocks.join('\n')).toContain('let greeting_file = File::open("hello.txt")?;');
    }
  });
});

describe('docs templates: MDN guides', () => {
  const lead =
    'Flexbox is a one-dimensional layout method for arranging items in rows or columns. Items flex (expand) to fill additional space or shrink to fit into smaller spaces. This article explains all the fundamentals.';
  const page = (facts: string): string =>
    `<html><head><title>Flexbox - Learn web development | MDN</title></head><body><header class="page-layout__header"><nav class="navigation"><a href="/en-US/" class="logo">MDN</a></nav></header><div class="page-layout__main"><div class="layout__2-sidebars-inline reference-layout">` +
    `<main id="content" class="layout__content"><div class="layout__header reference-layout__header"><h1>Flexbox</h1><section class="content-section">` +
    `<ul class="prev-next"><li class="prev"><a class="button secondary" href="/en-US/docs/Learn/Position"><span class="button-wrap"> Previous </span></a></li><li class="menu"><a class="button secondary" href="/en-US/docs/Learn/CSS_layout"><span class="button-wrap"> Overview: CSS layout</span></a></li><li class="next"><a class="button secondary" href="/en-US/docs/Learn/Grids"><span class="button-wrap"> Next </span></a></li></ul>` +
    `<p><a href="/en-US/docs/Web/CSS/Flexible_box_layout">Flexbox</a> is a one-dimensional layout method for arranging items in rows or columns. Items <em>flex</em> (expand) to fill additional space or shrink to fit into smaller spaces. This article explains all the fundamentals.</p>${facts}</section></div>` +
    `<aside class="layout__right-sidebar reference-layout__toc"><nav class="reference-toc"><h2>In this article</h2><ul><li><a href="#why">Why flexbox?</a></li></ul></nav></aside>` +
    `<div class="layout__body"><div class="reference-layout__body"><article class="main-page-content" lang="en-US"><section aria-labelledby="why"><h2 id="why">Why flexbox?</h2>${[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `<p>${d(n)}</p>`).join('')}</section></article></div></div></main></div></div></body></html>`;
  const facts =
    '<figure class="table-container"><table><tbody><tr><th scope="row">Prerequisites:</th><td><a href="/en-US/docs/Learn/HTML">Structuring content with HTML</a>, <a href="/en-US/docs/Learn/CSS">CSS Styling basics</a>, familiarity with <a href="/en-US/docs/Learn/Layout">CSS layout fundamental concepts</a>.</td></tr>' +
    '<tr><th scope="row">Learning outcomes:</th><td><ul><li>Understand what display: flex gives you by default.</li><li>How to wrap content onto new rows and columns.</li></ul></td></tr></tbody></table></figure>';

  it("joins the guide's title block — its lead, beside the previous/next links and the prerequisites table — to the body", () => {
    const blocks = blocksOf(page(facts), 'https://developer.mozilla.org/en-US/docs/Learn_web_development/Core/CSS_layout/Flexbox');
    expect(blocks[0]).toBe(lead);
    expect(blocks.join('\n')).toContain('How to wrap content onto new rows and columns.');
    expect(blocks.at(-1)).toBe(d(8));
    for (const chrome of ['Previous', 'Overview: CSS layout', 'In this article']) expect(blocks.join('\n')).not.toContain(chrome);
  });
  it('joins a title block whose only list is the previous/next pager, skipped as boilerplate, to the body', () => {
    const seeAlso =
      '<p>See also the <a href="/en-US/docs/Web/CSS/Reference/Flexbox">exhaustive reference chapter about flexbox</a> to get to know the details.</p>';
    const blocks = blocksOf(page(seeAlso), 'https://developer.mozilla.org/en-US/docs/Web/CSS/Guides/Flexbox');
    expect(blocks[0]).toBe(lead);
    expect(blocks.at(-1)).toBe(d(8));
    for (const chrome of ['Previous', 'Overview: CSS layout', 'In this article']) expect(blocks.join('\n')).not.toContain(chrome);
  });

  it('still leaves out a linked standfirst under a breadcrumb trail instead of a pager', () => {
    const seeAlso =
      '<p>See also the <a href="/en-US/docs/Web/CSS/Reference/Flexbox">exhaustive reference chapter about flexbox</a> to get to know the details.</p>';
    const crumbs =
      '<ul class="breadcrumbs"><li><a href="/en-US/docs/Web">Web</a></li><li><a href="/en-US/docs/Web/CSS">CSS</a></li><li><a href="/en-US/docs/Web/CSS/Guides">Guides</a></li></ul>';
    const html = page(seeAlso).replace(/<ul class="prev-next">.*?<\/ul>/, crumbs);
    expect(blocksOf(html, 'https://developer.mozilla.org/en-US/docs/Web/CSS/Guides/Flexbox')).not.toContain(lead);
  });
});

describe('docs templates: lists of links a sentence introduces', () => {
  const page = (intro: string): string =>
    `<html><head><title>Using Fetch - Web APIs | MDN</title></head><body><nav class="sidebar"><ul><li><a href="/a">Fetch API</a></li><li><a href="/b">Streams API</a></li></ul></nav><main><article>` +
    `<h1>Using Fetch</h1><p>${d(1)}</p><p>${d(2)}</p>${intro}<ul><li><a href="/docs/ArrayBuffer"><code>ArrayBuffer</code></a></li><li><a href="/docs/TypedArray"><code>TypedArray</code></a></li>` +
    `<li><a href="/docs/DataView"><code>DataView</code></a></li><li><a href="/docs/Blob"><code>Blob</code></a></li><li><a href="/docs/FormData"><code>FormData</code></a></li></ul><p>${d(3)}</p><p>${d(4)}</p></article></main></body></html>`;
  const text = (intro: string): string => blocksOf(page(intro), 'https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch').join('\n');

  it('keeps a list of linked names that a paragraph of prose ending in a colon introduces', () => {
    const kept = text('<p>You can supply the body as an instance of any of the following types, which the browser encodes for you:</p>');
    for (const name of ['ArrayBuffer', 'TypedArray', 'FormData']) expect(kept).toContain(name);
  });

  it('still drops such a list under a short label or a pointer ("Related articles:", "Check out …:")', () => {
    expect(text('<p>Related articles:</p>')).not.toContain('TypedArray');
    expect(text('<p>Check out these other guides from our team that explain the same topic in more depth:</p>')).not.toContain('TypedArray');
  });
});

describe('docs templates: HashiCorp argument trees', () => {
  const arg = (name: string, type: string, nested = ''): string =>
    `<li class="mdx-lists_listItem__nkqhg"><a class="inline-link_root__iIql6" href="/terraform/language/block/resource#${name}"><code class="mdx-inline-code_inlineCode__p_0sy">${name}</code></a>   ${type}${nested}</li>`;
  const tree =
    '<ul class="mdx-lists_listRoot__iVDx9">' +
    arg(
      'resource &quot;&lt;TYPE&gt;&quot; &quot;&lt;LABEL&gt;&quot;',
      'block',
      `<ul class="mdx-lists_listRoot__iVDx9">${arg('count', 'number | mutually exclusive with <code>for_each</code>')}${arg('depends_on', 'list of references')}` +
        `${arg('lifecycle', 'block', `<ul class="mdx-lists_listRoot__iVDx9">${arg('create_before_destroy', 'boolean')}${arg('prevent_destroy', 'boolean')}</ul>`)}</ul>`,
    ) +
    '</ul>';
  const page = (list: string): string =>
    `<html><head><title>resource block reference | Terraform | HashiCorp Developer</title></head><body><nav class="sidebar"><ul><li><a href="/terraform/language">Overview</a></li><li><a href="/terraform/language/block/data">data</a></li></ul></nav>` +
    `<main id="main"><div class="prose"><h1>resource block reference</h1><p>${d(1)}</p><h2>Configuration model</h2><p>The <code>resource</code> block supports the following arguments:</p>${list}` +
    `<h2>Complete configuration</h2><p>${d(2)}</p><p>${d(3)}</p><p>${d(4)}</p></div></main><footer><a href="/privacy">Privacy</a></footer></body></html>`;
  const text = (list: string): string => blocksOf(page(list), 'https://developer.hashicorp.com/terraform/language/block/resource').join('\n');

  it('keeps a nested list of argument names set in linked <code>, each followed by its type', () => {
    const kept = text(tree);
    for (const line of ['count', 'number | mutually exclusive with for_each', 'depends_on', 'list of references', 'create_before_destroy', 'prevent_destroy'])
      expect(kept).toContain(line);
  });

  it('still drops a list of linked names with no words of their own', () => {
    const bare =
      '<ul><li><a href="/a"><code>count</code></a></li><li><a href="/b"><code>depends_on</code></a></li><li><a href="/c"><code>for_each</code></a></li></ul>';
    expect(text(bare)).not.toContain('depends_on');
  });
});

describe('docs templates: Google Cloud task sections', () => {
  const section = (intro: string, items: string): string => `<section><h3 id="data-scientist">Data Scientist</h3>${intro}<ul>${items}</ul></section>`;
  const tasks =
    '<li><a href="/bigquery/docs/e2e-journey">Understand the end-to-end user journey for machine learning models</a></li>' +
    '<li><a href="/bigquery/docs/access-control">Manage access control for the machine learning models</a> of BigQuery ML</li>' +
    '<li><a href="/bigquery/docs/create">Create and train linear regression and logistic models</a> for forecasting</li>';
  const page = (extra: string): string =>
    `<html><head><title>What is BigQuery? | Google Cloud</title></head><body><devsite-header><nav><a href="/products">Products</a><a href="/pricing">Pricing</a></nav></devsite-header>` +
    `<main><article class="devsite-article"><h1>What is BigQuery?</h1><div class="devsite-article-body"><p>${d(1)}</p><p>${d(2)}</p><h2 id="explore">Explore BigQuery</h2><p>${d(3)}</p>${extra}<p>${d(4)}</p><p>${d(5)}</p></div></article></main>` +
    '<footer><a href="/terms">Terms</a><a href="/privacy">Privacy</a></footer></body></html>';
  const text = (extra: string): string => blocksOf(page(extra), 'https://cloud.google.com/bigquery/docs/introduction').join('\n');
  const intro = '<p>Task guidance to help if you need to use <a href="/bigquery/docs/bqml">BigQuery ML</a> to do the following:</p>';

  it('keeps a section of a heading, a sentence ending in a colon and the list of tasks it introduces', () => {
    const kept = text(section(intro, tasks));
    for (const line of [
      'Data Scientist',
      'Task guidance to help if you need to use BigQuery ML to do the following:',
      'Manage access control for the machine learning models of BigQuery ML',
    ])
      expect(kept).toContain(line);
  });

  it('still drops such a section without the sentence, or whose list is bare names', () => {
    expect(text(section('', tasks))).not.toContain('Manage access control');
    const places = ['Buffalo', 'Cornwall', 'Dunkirk', 'Yonkers'].map((town) => `<li><a href="/movers/${town}">${town}</a></li>`).join('');
    expect(text(section('<p>Looking for a local moving company to work with? Take a look at these:</p>', places))).not.toContain('Cornwall');
  });
});

describe('docs templates: hand-written course pages', () => {
  const row = (n: number): string =>
    `<tr><td>${n}</td><td>Lecture ${n}: moment methods, tensor decompositions and the sum-of-squares hierarchy for learning mixtures of Gaussians</td><td><a href="notes/lec${n}.pdf">notes</a></td><td><ul><li>Airy disks and mixture models: <a href="https://arxiv.org/abs/${n}">[Chen-Moitra '20]</a> (lecture covered Sections 4.1 and 4.2, with the proofs of the main lemmas, the tensor bounds and their applications)</li></ul></td></tr>`;
  const page = (wrap: (section: string) => string): string =>
    '<html><head><title>CS 224, Fall 2023</title></head><body><div id="contentpane"><div id="content"><div id="pagetitle"><h3>Algorithms for Data Science, CS 224, Fall 2023</h3></div>' +
    wrap(`<h4>Course Details</h4><p><em>${d(1)}</em></p><p><b>Time/Location:</b> MW 2:15-3:30, SEC LL2-224</p>`) +
    '<hr class="divider" />' +
    wrap(`<h4>Announcements</h4><ul><li><p>10/24: Pset 4 (final) is out, see below.</p></li><li><p>${d(2)}</p></li></ul>`) +
    '<hr class="divider" />' +
    wrap(`<h4>Lectures</h4><p></p><table class="rg">${Array.from({ length: 24 }, (_, i) => row(i + 1)).join('')}</table>`) +
    '</div></div></body></html>';
  const text = (wrap: (section: string) => string): string => blocksOf(page(wrap), 'https://www.example.edu/cs224/f23/index.html').join('\n');

  it("reads every bare <div> section of the page's outline, not only the one holding the schedule table", () => {
    const kept = text((section) => `<div>${section}</div>`);
    for (const line of ['Course Details', d(1), 'Time/Location: MW 2:15-3:30, SEC LL2-224', '10/24: Pset 4 (final) is out, see below.', 'Lectures'])
      expect(kept).toContain(line);
    expect(kept).toContain('Lecture 24: moment methods');
  });
});

describe('docs templates: MDN reference pages', () => {
  const banner = (panelClass: string): string =>
    '<details class="baseline-indicator high"><summary><span class="indicator" role="img" aria-label="Baseline Check"></span><div class="status-title">Baseline <span class="not-bold">Widely available</span> *</div></summary>' +
    `<div class="${panelClass}"><p>This feature is well established and works across many devices and browser versions. It’s been available across browsers since July 2015.</p>` +
    '<p>* Some parts of this feature may have varying levels of support.</p><ul><li><a href="/en-US/docs/Glossary/Baseline/Compatibility" class="learn-more">Learn more</a></li><li><a href="#browser_compatibility">See full compatibility</a></li></ul></div></details>';
  const page = (panelClass: string): string =>
    `<html><head><title>WebSocket - Web APIs | MDN</title></head><body><header class="page-layout__header"><nav class="navigation"><a href="/en-US/" class="logo">MDN</a></nav></header><div class="page-layout__main"><div class="layout__2-sidebars-inline reference-layout">` +
    `<main id="content" class="layout__content"><div class="layout__header reference-layout__header"><h1>WebSocket</h1>${banner(panelClass)}<section class="content-section"><p>${d(1)}</p><p>${d(2)}</p></section></div>` +
    `<div class="layout__body"><div class="reference-layout__body"><article class="main-page-content"><section aria-labelledby="constructor"><h2 id="constructor">Constructor</h2>${[3, 4, 5, 6, 7, 8].map((n) => `<p>${d(n)}</p>`).join('')}</section></article></div></div></main></div></div></body></html>`;
  const text = (panelClass: string): string => blocksOf(page(panelClass), 'https://developer.mozilla.org/en-US/docs/Web/API/WebSocket').join('\n');

  it('keeps the Baseline box\'s availability sentence, the body of its <details> though classed "extra"', () => {
    const kept = text('extra');
    expect(kept).toContain('This feature is well established and works across many devices and browser versions.');
    expect(kept).toContain(d(1));
    expect(kept).toContain(d(8));
  });

  it('still drops a block classed "extra" outside a disclosure', () => {
    const html = page('extra')
      .replace('<details class="baseline-indicator high">', '<div class="box">')
      .replace('</details>', '</div>')
      .replace(/<summary>.*?<\/summary>/, '');
    expect(blocksOf(html, 'https://developer.mozilla.org/en-US/docs/Web/API/WebSocket').join('\n')).not.toContain('well established');
  });
});

describe('docs templates: DocBook XSL (PostgreSQL, gtk-doc)', () => {
  // A chunked DocBook page: the site's banner and version picker, then navheader, the document part and navfooter, then a corrections box.
  const frame = (part: string): string =>
    `<html><head><title>PostgreSQL: Documentation: 18: ${part.includes('refentry') ? 'CONNECT' : 'Chapter 4. Connections'}</title></head><body><div id="pgContentWrap">` +
    `<div class="alert-banner"><p>March 2, 2026: clientdb 18.3, 17.9 and 16.13 Released!</p></div><div class="doc-versions"><p>Documentation → clientdb 18</p><p>Supported Versions: <a href="/docs/18/">Current (18)</a> / <a href="/docs/17/">17</a> / <a href="/docs/16/">16</a></p></div>` +
    `<div id="docContent"><div class="navheader"><table width="100%" summary="Navigation header"><tr><th colspan="5" align="center">Title</th></tr><tr><td><a accesskey="p" href="prev.html">Prev</a></td><td><a accesskey="u" href="up.html">Up</a></td><th>Part II. The Client</th><td><a accesskey="h" href="index.html">Home</a></td><td><a accesskey="n" href="next.html">Next</a></td></tr></table><hr></div>` +
    part +
    `<div class="navfooter"><hr><table width="100%" summary="Navigation footer"><tr><td><a accesskey="p" href="prev.html">Prev</a></td><td><a accesskey="u" href="up.html">Up</a></td><td><a accesskey="n" href="next.html">Next</a></td></tr><tr><td>3.2. Sessions</td><td><a accesskey="h" href="index.html">Home</a></td><td>4.1. Opening</td></tr></table></div></div>` +
    `<div id="docComments"><h2>Submit correction</h2><p>If you see anything in the documentation that is not correct, does not match your experience with the particular feature or requires further clarification, please use <a href="/account/comments/new/">this form</a> to report a documentation issue.</p></div></div></body></html>`;

  it("reads a chapter's page as its table of contents and lead, without the site's banner, the navigation tables or the corrections box", () => {
    const chapter =
      `<div class="chapter" id="CONNECTIONS"><div class="titlepage"><div><div><h2 class="title">Chapter 4. Connections</h2></div></div></div><div class="toc"><p><strong>Table of Contents</strong></p><dl class="toc">` +
      `<dt><span class="sect1"><a href="conn-open.html">4.1. Opening a Connection</a></span></dt><dt><span class="sect1"><a href="conn-pool.html">4.2. Connection Pools</a></span></dt>` +
      `<dd><dl><dt><span class="sect2"><a href="conn-pool.html#SIZE">4.2.1. Pool Size</a></span></dt><dt><span class="sect2"><a href="conn-pool.html#IDLE">4.2.2. Idle Connections</a></span></dt></dl></dd>` +
      `<dt><span class="sect1"><a href="conn-close.html">4.3. Closing a Connection</a></span></dt></dl></div><a id="id-1.5.10.2" class="indexterm" name="id-1.5.10.2"></a><p>${d(1)}</p></div>`;
    const blocks = blocksOf(frame(chapter), 'https://www.clientdb.org/docs/current/connections.html');
    for (const entry of ['4.1. Opening a Connection', '4.2.1. Pool Size', '4.3. Closing a Connection', d(1)]) expect(blocks).toContain(entry);
    // The contents' label stays with the contents it heads (a page that is not an article).
    expect(blocks[blocks.indexOf('4.1. Opening a Connection') - 1]).toBe('Table of Contents');
    expect(blocks.at(-1)).toBe(d(1));
    for (const chrome of ['Released!', 'Supported Versions', 'Prev', 'Home', 'Submit correction', 'report a documentation issue'])
      expect(blocks.join('\n')).not.toContain(chrome);
  });

  it("reads a reference entry whole: its name line and synopsis before the sections the best one's siblings are", () => {
    const refsect2 = (name: string, n: number): string => `<div class="refsect2"><h3>${name}</h3><p>${d(n)} ${d(n + 1)}</p><p>${d(n + 2)}</p></div>`;
    const refentry =
      `<div class="refentry" id="SQL-CONNECT"><div class="titlepage"></div><div class="refnamediv"><h2><span class="refentrytitle">CONNECT</span></h2><p>CONNECT — open a session to a server</p></div>` +
      `<div class="refsynopsisdiv"><h2>Synopsis</h2><pre class="synopsis">CONNECT [ TO ] <em class="replaceable"><code>target</code></em> [ AS <em class="replaceable"><code>name</code></em> ]\n    [ TIMEOUT <em class="replaceable"><code>seconds</code></em> ]</pre></div>` +
      `<div class="refsect1" id="a"><h2>Description</h2><p>${d(2)}</p></div>` +
      `<div class="refsect1" id="b"><h2>Parameters</h2>${['target', 'name', 'seconds', 'options', 'mode', 'role'].map((name, i) => refsect2(name, 3 + 3 * i)).join('')}</div>` +
      `<div class="refsect1" id="c"><h2>Notes</h2><p>${d(21)}</p></div></div>`;
    const blocks = blocksOf(frame(refentry), 'https://www.clientdb.org/docs/current/sql-connect.html');
    expect(blocks.slice(0, 2)).toContain('CONNECT — open a session to a server');
    expect(blocks).toContain('Synopsis');
    expect(blocks.join('\n')).toContain('CONNECT [ TO ] target [ AS name ]');
    expect(blocks.at(-1)).toBe(d(21));
    for (const chrome of ['Released!', 'Prev', 'Submit correction']) expect(blocks.join('\n')).not.toContain(chrome);
  });

  it("finds the frame by its tables' summaries when the site's build renamed every class (hashed class names)", () => {
    const chapter =
      `<div class="chapter" id="CONNECTIONS"><div class="titlepage"><div><div><h2 class="title">Chapter 4. Connections</h2></div></div></div><div class="toc"><p><strong>Table of Contents</strong></p><dl class="toc">` +
      `<dt><span class="sect1"><a href="conn-open.html">4.1. Opening a Connection</a></span></dt><dt><span class="sect1"><a href="conn-pool.html">4.2. Connection Pools</a></span></dt>` +
      `<dt><span class="sect1"><a href="conn-close.html">4.3. Closing a Connection</a></span></dt></dl></div><p>${d(1)}</p></div>`;
    // Every class and id token replaced by a hash, as a minifying build writes them.
    let n = 0;
    const hashed = frame(chapter).replace(/ (class|id)="[^"]*"/g, (_, name: string) => ` ${name}="h${(n += 1).toString(36)}x9"`);
    const blocks = blocksOf(hashed, 'https://www.clientdb.org/docs/current/connections.html');
    for (const entry of ['4.1. Opening a Connection', '4.3. Closing a Connection', d(1)]) expect(blocks).toContain(entry);
    for (const chrome of ['Released!', 'Supported Versions', 'Prev', 'Submit correction']) expect(blocks.join('\n')).not.toContain(chrome);
  });

  it('reads the frame, not the corrections box beside its wrapper, when hashed class names leave the box unmarked', () => {
    const chapter =
      `<div class="chapter" id="INDEXES"><div class="titlepage"><div><div><h2 class="title">Chapter 11. Indexes</h2></div></div></div><div class="toc"><p><strong>Table of Contents</strong></p><dl class="toc">` +
      `<dt><span class="sect1"><a href="indexes-intro.html">11.1. Introduction</a></span></dt><dt><span class="sect1"><a href="indexes-types.html">11.2. Index Types</a></span></dt>` +
      `<dt><span class="sect1"><a href="indexes-multicolumn.html">11.3. Multicolumn Indexes</a></span></dt></dl></div><p>Indexes are a common way to enhance performance.</p></div>`;
    // The version picker lists every release the manual had, as PostgreSQL's does.
    const versions = Array.from(
      { length: 20 },
      (_, i) => `<a href="/docs/${i + 7}/indexes.html" title="clientdb ${i + 7} - Chapter 11. Indexes">${i + 7}</a>`,
    ).join(' / ');
    let n = 0;
    const hashed = frame(chapter)
      .replace('</div><div id="docContent">', `<div class="row"><div class="col">Unsupported versions: ${versions}</div></div></div><div id="docContent">`)
      .replace(
        'to report a documentation issue.</p>',
        'to report a documentation issue. Corrections are read by the documentation team, who answer each one and fix the manual for the next minor release of every supported version.</p>',
      )
      .replace(/ (class|id)="[^"]*"/g, (_, name: string) => ` ${name}="h${(n += 1).toString(36)}x9"`);
    const blocks = blocksOf(hashed, 'https://www.clientdb.org/docs/current/indexes.html');
    for (const entry of ['11.1. Introduction', '11.3. Multicolumn Indexes', 'Indexes are a common way to enhance performance.'])
      expect(blocks).toContain(entry);
    for (const chrome of ['Submit correction', 'report a documentation issue']) expect(blocks.join('\n')).not.toContain(chrome);
  });
});

describe('docs templates: Sphinx sections and toctrees', () => {
  const headerlink = (id: string, text: string, level = 2): string =>
    `<h${level}>${text}<a class="headerlink" href="#${id}" title="Link to this heading">¶</a></h${level}>`;
  const page = (sections: string): string =>
    `<html><head><title>Working with clients — clientlib 2.0 documentation</title></head><body><div class="sphinxsidebar" role="navigation"><h3>Navigation</h3><ul><li class="toctree-l1"><a href="install.html">Installation</a></li></ul></div>` +
    `<div class="body" role="main"><section id="working-with-clients">${headerlink('working-with-clients', 'Working with clients', 1)}${[1, 2, 10, 11, 12, 13].map((n) => `<p>${d(n)}</p>`).join('')}${sections}</section></div>` +
    `<div class="footer">© Copyright 2024, Jane Doe. Created using Sphinx.</div></body></html>`;

  it('keeps a section whose short id is its heading\'s slug, proven by the heading\'s permalink ("meta-options", "tags")', () => {
    const sections =
      `<section id="meta-options">${headerlink('meta-options', 'Meta options')}<p>${d(3)}</p></section>` +
      `<section id="tags">${headerlink('tags', 'Tags')}<p>${d(4)}</p></section><section id="s-options">${headerlink('options', 'Options')}<p>${d(5)}</p></section>`;
    const blocks = blocksOf(page(sections), 'https://clientlib.readthedocs.io/en/latest/clients.html');
    for (const kept of ['Meta options', d(3), 'Tags', d(4), d(5)]) expect(blocks).toContain(kept);
  });

  it('still drops a module whose short id names its role when no permalink names it so', () => {
    const sections = `<section id="meta-options"><h2>Meta options</h2><p>${d(3)}</p></section><p>${d(4)}</p>`;
    const blocks = blocksOf(page(sections), 'https://clientlib.readthedocs.io/en/latest/clients.html');
    expect(blocks).not.toContain(d(3));
    expect(blocks).toContain(d(4));
  });

  it("reads a toctree in the document (`div.toctree-wrapper`) as the page's contents, with the sentence before it", () => {
    const sections =
      `<p>${d(3)}</p><section id="further-topics">${headerlink('further-topics', 'Further topics')}<p>This covers the basics, but clients can do a whole lot more:</p>` +
      `<div class="toctree-wrapper compound"><ul><li class="toctree-l1"><a class="reference internal" href="pools/">Connection pools</a><ul><li class="toctree-l2"><a class="reference internal" href="pools/#size">Sizing a pool</a></li>` +
      `<li class="toctree-l2"><a class="reference internal" href="pools/#idle">Idle connections</a></li></ul></li><li class="toctree-l1"><a class="reference internal" href="retries/">Retries</a></li></ul></div></section>`;
    const blocks = blocksOf(page(sections), 'https://clientlib.readthedocs.io/en/latest/clients.html');
    const text = blocks.join('\n');
    for (const kept of ['Further topics', 'This covers the basics, but clients can do a whole lot more:', 'Connection pools', 'Sizing a pool', 'Retries'])
      expect(text).toContain(kept);
    expect(text).not.toContain('Installation');
  });
});

describe('docs templates: heading ids (Docusaurus, MkDocs, Hugo)', () => {
  const page = (heading: string): string =>
    `<html><head><title>Feed specification | Search Docs</title></head><body><nav class="navbar"><a href="/">Search Docs</a></nav><div class="row"><div class="col docItemCol"><article><div class="theme-doc-markdown markdown"><header><h1>Feed specification</h1></header>` +
    `<p>${d(1)}</p><p>${d(2)}</p>${heading}<p>${d(3)}</p><p>${d(4)}</p></div></article></div></div><footer class="footer">Copyright © 2024 Search Docs.</footer></body></html>`;

  it('keeps a heading whose id is its own text\'s slug, though the slug holds a boilerplate word ("meta", "share", "social")', () => {
    for (const [id, text] of [
      ['2-meta-attributes-and-business-metrics-to-include-in-the-feed', '2. Meta attributes and business metrics to include in the feed'],
      ['what-share-of-requests-time-out', 'What share of requests time out?'],
    ]) {
      const heading = `<h3 class="anchor anchorWithStickyNavbar_LWe7" id="${id}">${text}<a href="#${id}" class="hash-link" aria-label="Direct link to ${text}">&#8203;</a></h3>`;
      expect(blocksOf(page(heading), 'https://docs.search.example/product-feed-specification/')).toContain(text);
    }
  });

  it('still drops a heading whose id names a role rather than its text', () => {
    const heading = `<h3 id="social-share-links">Tell your friends</h3>`;
    expect(blocksOf(page(heading), 'https://docs.search.example/product-feed-specification/')).not.toContain('Tell your friends');
  });
});

describe('docs templates: Termynal terminals (FastAPI, Typer, SQLModel)', () => {
  const terminal = (cls: string): string =>
    `<div class="${cls}"><div class="highlight"><pre><span></span><code><span id="__span-0-1"><span class="gp">$ </span>&lt;font<span class="w"> </span><span class="nv">color</span><span class="o">=</span><span class="s2">&quot;#4E9A06&quot;</span>&gt;clientlib&lt;/font&gt;<span class="w"> </span>serve<span class="w"> </span>&lt;u<span class="w"> </span><span class="nv">style</span><span class="o">=</span><span class="s2">&quot;text-decoration-style:solid&quot;</span>&gt;main.py&lt;/u&gt;\n</span>` +
    `<span id="__span-0-2"><span class="go">  &lt;span style=&quot;background-color:#009485&quot;&gt;&lt;font color=&quot;#D3D7CF&quot;&gt; INFO &lt;/font&gt;&lt;/span&gt;  Watching &lt;b&gt;[&lt;/b&gt;&lt;font color=&quot;#4E9A06&quot;&gt;&amp;apos;/home/user/app&amp;apos;&lt;/font&gt;&lt;b&gt;]&lt;/b&gt;</span>\n</span></code></pre></div></div>`;
  const page = (cls: string): string =>
    `<html><head><title>Tutorial - clientlib</title></head><body><div class="md-container"><main class="md-main"><div class="md-content"><article class="md-content__inner md-typeset"><h1>Tutorial</h1><p>${d(1)}</p><p>${d(2)}</p>${terminal(cls)}<p>${d(3)}</p></article></div></main></div></body></html>`;

  it("reads a Termynal terminal's lines as rendered: the escaped HTML source's tags left out, its references decoded", () => {
    const text = extractArticle(page('termy'), { url: 'https://clientlib.dev/tutorial/', fetchedAt }).contentText;
    expect(text).toContain("$ clientlib serve main.py\n   INFO   Watching ['/home/user/app']");
    expect(text).not.toContain('<font');
  });

  // Session 31 docs pass: the terminal is known by what it holds when its class word is renamed (a class-hashing build, another theme).
  it("reads a terminal written as HTML source as rendered without the class word: a `$ ` prompt first and an ANSI export's colour tags", () => {
    const text = extractArticle(page('x5e1c09a2'), { url: 'https://clientlib.dev/tutorial/', fetchedAt }).contentText;
    expect(text).toContain("$ clientlib serve main.py\n   INFO   Watching ['/home/user/app']");
    expect(text).not.toContain('<font');
  });

  it('leaves a code block of HTML source that does not open with a prompt as written (HTML source in a tutorial is its code)', () => {
    const sample =
      '<div class="example"><div class="highlight"><pre><code>&lt;p&gt;&lt;font color=&quot;#4E9A06&quot;&gt;green&lt;/font&gt; and &lt;font color=&quot;#D3D7CF&quot;&gt;grey&lt;/font&gt;&lt;/p&gt;\n</code></pre></div></div>';
    const html = page('example').replace(/<div class="example">.*?<\/pre><\/div><\/div>/s, sample);
    const text = extractArticle(html, { url: 'https://clientlib.dev/tutorial/', fetchedAt }).contentText;
    expect(text).toContain('<p><font color="#4E9A06">green</font> and <font color="#D3D7CF">grey</font></p>');
  });
});

describe('docs templates: Asciidoctor sections (git-scm, Antora)', () => {
  it("keeps each section's heading when the bodies are collected as repeated chunks (`div.sect1` › `h2` + `div.sectionbody`)", () => {
    const section = (id: string, title: string, body: string): string =>
      `<div class="sect1"><h2 id="_${id}"><a class="anchor" href="#_${id}"></a>${title}</h2><div class="sectionbody">${body}</div></div>`;
    const paragraphs = (from: number, count: number): string =>
      Array.from({ length: count }, (_, k) => `<div class="paragraph"><p>${d(from + k)}</p></div>`).join('');
    const options = `<div class="dlist"><dl>${Array.from({ length: 24 }, (_, k) => `<dt class="hdlist1">--opt-${k}</dt><dd><p>${d(20 + k)} ${d(50 + k)}</p></dd>`).join('')}</dl></div>`;
    const html =
      `<html><head><title>clientlib-connect Documentation</title></head><body><header><nav><a href="/docs">Reference</a><a href="/book">Book</a></nav></header><div id="main">` +
      section('name', 'NAME', '<div class="paragraph"><p>clientlib-connect - Open a connection to a server</p></div>') +
      section('synopsis', 'SYNOPSIS', '<div class="verseblock"><pre class="content">clientlib connect [--timeout=&lt;seconds&gt;] &lt;host&gt;</pre></div>') +
      section('description', 'DESCRIPTION', paragraphs(1, 3)) +
      section('options', 'OPTIONS', options) +
      section('examples', 'EXAMPLES', paragraphs(4, 2)) +
      `</div><footer><p>About this site</p></footer></body></html>`;
    const blocks = blocksOf(html, 'https://clientlib.dev/docs/clientlib-connect');
    for (const heading of ['SYNOPSIS', 'DESCRIPTION', 'OPTIONS', 'EXAMPLES']) expect(blocks).toContain(heading);
    expect(blocks.indexOf('EXAMPLES')).toBe(blocks.indexOf(d(4)) - 1);
    expect(blocks.at(-1)).toBe(d(5));
  });
});

// Session 27 anchors pass: a report written with Asciidoctor whose sections hold more linked list items than sentences.
describe('docs templates: Asciidoctor sections of linked lists', () => {
  const item = (k: number): string =>
    `<li><p><a href="https://forge.example.org/pulls/${k}">libclient: Fix the handling of option number ${k} in the parser</a></p></li>`;
  // Asciidoctor's wrapper classes, or a template's own names that say nothing (session 47: the structure is read, not the words).
  let classes = { list: 'ulist', paragraph: 'paragraph' };
  const list = (from: number): string => `<div class="${classes.list}"><ul>${Array.from({ length: 8 }, (_, k) => item(from + k)).join('')}</ul></div>`;
  const para = (text: string): string => `<div class="${classes.paragraph}"><p>${text}</p></div>`;
  const progress = "There's been some nice progress on the parser side these past months.";
  const intro = 'Many patches were sent for review:';
  const after = 'I sent all the patches that were ready to be sent in the hope that we can be as close to upstream as possible for the next release.';
  const html = (introText: string): string =>
    `<html><head><title>Progress Report #39</title></head><body><header><nav><a href="/">Home</a><a href="/about">About</a></nav></header><main><article id="post-page"><h2>Progress Report #39</h2><div class="content">` +
    `<div class="sect1"><h2 id="what">What is the client?</h2><div class="sectionbody">${para(d(1))}${para(d(2))}</div></div>` +
    `<div class="sect1"><h2 id="patches">Patches status</h2><div class="sectionbody">${para(progress)}${para(introText)}${list(1)}${para(after)}</div></div>` +
    `<div class="sect1"><h2 id="state">State of the client</h2><div class="sectionbody">${para(d(3))}${para(d(4))}</div></div></div></article></main></body></html>`;

  it('reads a section whose linked lists outweigh its own sentences part by part, and keeps the list its paragraph introduces', () => {
    const blocks = blocksOf(html(intro), 'https://blog.example.org/progress-report-39');
    for (const line of ['Patches status', progress, intro, after]) expect(blocks).toContain(line);
    expect(blocks).toContain('libclient: Fix the handling of option number 1 in the parser');
    expect(blocks.indexOf(after)).toBeGreaterThan(blocks.indexOf('libclient: Fix the handling of option number 8 in the parser'));
    expect(blocks.at(-1)).toBe(d(4));
  });

  it('still drops the list when no sentence ending in a colon introduces it', () => {
    const blocks = blocksOf(html('The patches are listed below for reference.'), 'https://blog.example.org/progress-report-39');
    expect(blocks).toContain(after);
    expect(blocks.join('\n')).not.toContain('libclient: Fix');
  });

  describe('with wrappers whose class words say nothing', () => {
    beforeEach(() => {
      classes = { list: 'x8c2f01aa', paragraph: 'x32a97fa2' };
    });
    afterEach(() => {
      classes = { list: 'ulist', paragraph: 'paragraph' };
    });

    it('keeps the list its wrapped paragraph introduces', () => {
      const blocks = blocksOf(html(intro), 'https://blog.example.org/progress-report-39');
      for (const line of [intro, after]) expect(blocks).toContain(line);
      expect(blocks).toContain('libclient: Fix the handling of option number 1 in the parser');
      expect(blocks).toContain('libclient: Fix the handling of option number 8 in the parser');
    });

    it('still drops it without the introducing sentence', () => {
      const blocks = blocksOf(html('The patches are listed below for reference.'), 'https://blog.example.org/progress-report-39');
      expect(blocks).toContain(after);
      expect(blocks.join('\n')).not.toContain('libclient: Fix');
    });
  });
});

// Session 23 docs pass: help-centre article templates (Zendesk Guide's Copenhagen theme, Help Scout Docs, Document360, ReadMe),
// written by hand from their markup.
describe('docs templates: help-centre articles', () => {
  const body = `<p>${d(1)}</p><ol><li>Open the account menu.</li><li>Choose Billing, then Payment methods.</li></ol><p>${d(2)}</p><h2>Other countries</h2><p>${d(3)}</p>`;
  const text = (html: string): string => extractArticle(html, { url: 'https://help.clientlib.dev/hc/en-us/articles/1-update-card', fetchedAt }).contentText;

  // A short article, as help-centre answers are: the header's leftovers join it.
  const short =
    '<p>To change the card we charge each month, open Billing settings from the account menu and choose Payment methods.</p><ol><li>Click your avatar.</li><li>Choose Billing.</li></ol>' +
    '<p>You can keep more than one card on file, but only the default card is charged when an invoice is due.</p><div class="callout"><p><strong>Note:</strong> A failed payment is retried three times.</p></div>' +
    '<h2>Cards from other countries</h2><p>Cards issued outside the United States may need to be confirmed with your bank first.</p>';

  it('drops Zendesk Guide\'s follow button beside the article\'s title (`a.article-subscribe`, "Follow")', () => {
    const html =
      `<html><head><title>Updating your card – Clientlib Help Center</title></head><body><main role="main"><div class="container"><div class="article-container" id="article-container">` +
      `<article id="main-content" class="article"><header class="article-header"><h1 title="Updating your card" class="article-title">Updating your card</h1><div class="article-author"><div class="article-meta"><a href="/hc/en-us/profiles/1-Jane-Doe">Jane Doe</a></div></div>` +
      `<a class="article-subscribe button" title="Opens a sign-in dialog" rel="nofollow" role="button" data-auth-action="signin" href="/hc/en-us/articles/1/subscription.html">Follow</a></header>` +
      `<section class="article-info"><div class="article-content"><div class="article-body">${short}</div></div></section></article></div></div></main></body></html>`;
    const out = text(html);
    expect(out).toContain('Cards issued outside the United States may need to be confirmed with your bank first.');
    expect(out.split('\n').map((b) => b.trim())).not.toContain('Follow');
  });

  it("drops Help Scout Docs' rating widget with its reaction faces and its acknowledgement lines (`section.articleRatings`)", () => {
    const html =
      `<html><head><title>Updating your card - Clientlib Help</title></head><body><section id="contentArea"><section id="main-content"><div class="contentWrapper"><article id="fullArticle"><h1 class="title">Updating your card</h1>${body}</article>` +
      `<section class="articleRatings" data-article-id="1"><span class="articleRatings-question">Did this answer your question?</span><span class="articleRatings-feedback"><span class="rateAction" data-rating="positive">😃</span><span class="rateAction" data-rating="neutral">😐</span><span class="rateAction" data-rating="negative">😞</span></span>` +
      `<span class="articleRatings-feedback-message">Thanks for the feedback</span><span class="articleRatings-failure-message">There was a problem submitting your feedback. Please try again later.</span></section></div></section></section></body></html>`;
    const out = text(html);
    expect(out).toContain(d(3));
    expect(out).not.toContain('Did this answer your question?');
    expect(out).not.toContain('submitting your feedback');
  });

  it('drops a feedback widget\'s acknowledgement set as a line of its own ("Thank you for your feedback!")', () => {
    const html =
      `<html><head><title>Updating your card | Clientlib Docs</title></head><body><div class="main-content"><h1 class="article-title">Updating your card</h1><div class="content_block_text">${body}</div>` +
      `<div class="feedback-area"><p>Thank you for your feedback! Our team will get back to you</p></div><p>Thank you for your feedback!</p></div></body></html>`;
    const out = text(html);
    expect(out).toContain(d(3));
    expect(out).not.toContain('Thank you for your feedback');
    const reply = `<html><head><title>Typo</title></head><body><main><h1>Typo</h1><p>${d(1)}</p><p>${d(2)}</p><p>Thanks for your feedback! I will fix the typo in the next release.</p></main></body></html>`;
    expect(text(reply)).toContain('Thanks for your feedback! I will fix the typo in the next release.');
  });

  it('drops ReadMe\'s "Suggest Edits" link beside the title and keeps its excerpt', () => {
    const html =
      `<html><head><title>Updating your card</title></head><body><main class="rm-Guides"><article class="rm-Article"><header class="rm-Article-header"><h1 class="rm-Article-title">Updating your card</h1><a class="suggestEdits" href="/edit/update-card">Suggest Edits</a>` +
      `<div class="excerpt"><p>Change the card you pay with, and the one we charge first.</p></div></header><div class="rm-Markdown markdown-body">${body}</div></article></main></body></html>`;
    const out = text(html);
    expect(out).toContain(d(3));
    expect(out).not.toContain('Suggest Edits');
  });
});

describe('docs templates: rustdoc item pages', () => {
  it("reads an enum's declaration, description and variants before the impl blocks the scorer picks (`#implementations-list`)", () => {
    const method = (name: string, k: number): string =>
      `<details class="toggle method-toggle" open><summary><section id="method.${name}" class="method"><h4 class="code-header">pub fn <a href="#method.${name}" class="fn">${name}</a>(&amp;self) -&gt; bool</h4></section></summary>` +
      `<div class="docblock"><p>${d(k)} ${d(k + 40)}</p><h5 id="examples-${k}"><a class="doc-anchor" href="#examples-${k}">§</a>Examples</h5><div class="example-wrap"><pre class="rust rust-example-rendered"><code>let x: Reply = Reply::Ok(${k});\nassert!(x.${name}());</code></pre></div></div></details>`;
    const impl = (from: number): string =>
      `<details class="toggle implementors-toggle" open><summary><section id="impl-Reply-${from}" class="impl"><h3 class="code-header">impl Reply</h3></section></summary><div class="impl-items">` +
      Array.from({ length: 6 }, (_, k) => method(`is_${from + k}`, from + k)).join('') +
      `</div></details>`;
    const html =
      `<html><head><title>Reply in clientlib::reply - Rust</title><meta name="generator" content="rustdoc"></head><body class="rustdoc enum"><nav class="sidebar"><div class="sidebar-crate"><h2><a href="../index.html">clientlib</a></h2></div><ul class="block"><li><a href="#variants">Variants</a></li><li><a href="#implementations">Methods</a></li></ul></nav>` +
      `<main><div class="width-limiter"><section id="main-content" class="content"><div class="main-heading"><div class="rustdoc-breadcrumbs"><a href="../index.html">clientlib</a>::<a href="index.html">reply</a></div><h1>Enum <span class="enum">Reply</span> <button id="copy-path" title="Copy item path to clipboard">Copy item path</button></h1><span class="sub-heading"><a class="src" href="../../src/reply.rs.html#10">Source</a></span></div>` +
      `<pre class="rust item-decl"><code>pub enum Reply {\n    Ok(u32),\n    Failed(String),\n}</code></pre>` +
      `<details class="toggle top-doc" open><summary class="hideme"><span>Expand description</span></summary><div class="docblock"><p><code>Reply</code> is what the server sends back for every request the client makes.</p></div></details>` +
      `<h2 id="variants" class="variants section-header">Variants<a href="#variants" class="anchor">§</a></h2><div class="variants"><section id="variant.Ok" class="variant"><a href="#variant.Ok" class="anchor">§</a><h3 class="code-header">Ok(u32)</h3></section><div class="docblock"><p>The request succeeded with this code</p></div></div>` +
      `<h2 id="implementations" class="section-header">Implementations<a href="#implementations" class="anchor">§</a></h2><div id="implementations-list">${impl(1)}${impl(10)}${impl(20)}</div></section></div></main></body></html>`;
    const blocks = blocksOf(html, 'https://docs.rs/clientlib/latest/clientlib/reply/enum.Reply.html');
    const text = blocks.join('\n');
    expect(text).toContain('pub enum Reply {');
    expect(blocks).toContain('Reply is what the server sends back for every request the client makes.');
    expect(blocks).toContain('The request succeeded with this code');
    expect(blocks.indexOf('Reply is what the server sends back for every request the client makes.')).toBeLessThan(blocks.findIndex((b) => b.startsWith(d(1))));
    expect(text).not.toContain('Copy item path');
    expect(text).not.toContain('Expand description');
  });
});

// Session 24 docs2 pass: probes written from the generators' own templates; both passed on main (no rule needed).
describe('docs templates: GitBook and VitePress (passing on main)', () => {
  it("GitBook: keeps the page description under the <h1> (PageHeader's `p.text-lg`, in a header whose classes name `page-…` variants) and drops breadcrumbs, AI actions, pager and feedback", () => {
    const lead = 'Open a connection to the service, choose its options, and read the errors it returns.';
    const html =
      `<html><head><title>Connecting | clientlib</title><meta name="generator" content="GitBook (7.0.0)"></head><body><header id="site-header" class="flex flex-col h-[64px] sticky top-0"><a href="/">clientlib</a><button>Search...</button></header>` +
      `<div class="flex flex-col lg:flex-row"><aside class="group/table-of-contents"><ul><li><a href="/">Introduction</a></li><li><a href="/guides/connecting" aria-current="page">Connecting</a></li><li><a href="/guides/auth">Authentication</a></li></ul></aside>` +
      `<div class="flex min-w-0 flex-1 flex-col"><main class="relative min-w-0 flex-1 break-anywhere py-8 page-has-toc layout-default"><div class="sr-only">For the complete documentation index, see <a href="/llms.txt">llms.txt</a>. This page is also available as <a href="/guides/connecting.md">Markdown</a>.</div>` +
      `<header class="max-w-3xl page-full-width:max-w-screen-2xl mx-auto mb-6 space-y-3 page-api-block:ml-0 page-api-block:max-w-full"><nav><ol class="flex flex-wrap items-center gap-2 text-tint"><li><a class="no-underline text-xs uppercase" href="/guides">Guides</a></li></ol></nav><div class="flex items-start justify-between gap-4"><h1 class="text-4xl font-bold">Connecting</h1><div class="flex h-fit"><button type="button" class="button">Copy</button></div></div><p class="text-lg text-tint">${lead}</p></header>` +
      `<div class="contents" data-content-ref-root=""><div class="flex flex-col whitespace-pre-wrap"><p class="max-w-3xl w-full mx-auto">${d(1)}</p><p class="max-w-3xl w-full mx-auto">${d(2)}</p><h2 id="options" class="max-w-3xl text-2xl"><div class="relative">Options</div></h2><p class="max-w-3xl w-full mx-auto">${d(3)}</p></div></div>` +
      `<div class="flex flex-col md:flex-row mt-6 gap-2"><a class="group text-sm p-2.5 flex" href="/"><span class="flex flex-col"><span class="text-xs">Previous</span><span>Introduction</span></span></a><a class="group text-sm p-2.5 flex" href="/guides/auth"><span class="flex flex-col"><span class="text-xs">Next</span><span>Authentication</span></span></a></div>` +
      `<div class="max-w-3xl mx-auto mt-6 flex flex-row flex-wrap"><div class="flex flex-col gap-3"><p class="text-sm">Was this helpful?</p><div class="flex"><button aria-label="Yes">👍</button><button aria-label="No">👎</button></div></div></div></main></div></div></body></html>`;
    const blocks = blocksOf(html, 'https://docs.clientlib.dev/guides/connecting');
    expect(blocks[0]).toBe(lead);
    expect(blocks).toContain(d(3));
    const text = blocks.join('\n');
    for (const chrome of ['Guides', 'Copy', 'Previous', 'Authentication', 'Was this helpful', 'llms.txt']) expect(text).not.toContain(chrome);
  });

  it('VitePress: drops the outline ("On this page"), edit link, pager and site footer; keeps the tip box', () => {
    const html =
      `<html><head><title>Connecting | clientlib</title><meta name="generator" content="VitePress v1.3.1"></head><body><div id="app"><div class="Layout"><a href="#VPContent" class="VPSkipLink">Skip to content</a>` +
      `<header class="VPNav"><div class="VPNavBar"><a class="VPNavBarTitle" href="/">clientlib</a><nav class="VPNavBarMenu"><a href="/guide/">Guide</a><a href="/api/">Reference</a></nav></div></header>` +
      `<aside class="VPSidebar"><nav class="nav"><section class="VPSidebarItem"><h2 class="text">Guide</h2><a href="/guide/install">Installation</a><a href="/guide/connecting">Connecting</a></section></nav></aside>` +
      `<div class="VPContent has-sidebar" id="VPContent"><div class="VPDoc has-sidebar has-aside"><div class="container"><div class="aside"><div class="aside-container"><div class="aside-content"><div class="VPDocAside"><nav aria-labelledby="doc-outline-aria-label" class="VPDocAsideOutline has-outline"><div class="content"><div aria-level="2" class="outline-title" id="doc-outline-aria-label" role="heading">On this page</div><ul class="VPDocOutlineItem root"><li><a class="outline-link" href="#options">Options</a></li></ul></div></nav></div></div></div></div>` +
      `<div class="content"><div class="content-container"><main class="main"><div class="vp-doc _guide_connecting"><div><h1 id="connecting" tabindex="-1">Connecting <a class="header-anchor" href="#connecting" aria-label="Permalink to &quot;Connecting&quot;">\u200b</a></h1><p>${d(1)}</p><p>${d(2)}</p>` +
      `<div class="tip custom-block"><p class="custom-block-title">TIP</p><p>${d(3)}</p></div><h2 id="options" tabindex="-1">Options <a class="header-anchor" href="#options">\u200b</a></h2><p>${d(4)}</p></div></div></main>` +
      `<footer class="VPDocFooter"><div class="edit-info"><div class="edit-link"><a class="VPLink link VPDocFooterEditLink" href="https://github.com/x/y/edit/main/docs/guide/connecting.md">Edit this page on GitHub</a></div></div>` +
      `<nav class="prev-next" aria-labelledby="doc-footer-aria-label"><span class="visually-hidden" id="doc-footer-aria-label">Pager</span><div class="pager"><a class="VPLink link pager-link prev" href="/guide/install"><span class="desc">Previous page</span><span class="title">Installation</span></a></div></nav></footer></div></div></div></div></div>` +
      `<footer class="VPFooter"><div class="container"><p class="message">Released under the MIT License.</p><p class="copyright">Copyright © 2019-present Someone</p></div></footer></div></div></body></html>`;
    const blocks = blocksOf(html, 'https://clientlib.dev/guide/connecting');
    expect(blocks).toContain(d(3));
    expect(blocks).toContain('TIP');
    expect(blocks.at(-1)).toBe(d(4));
    const text = blocks.join('\n');
    for (const chrome of ['On this page', 'Edit this page', 'Previous page', 'Installation', 'Released under', 'Skip to content'])
      expect(text).not.toContain(chrome);
  });
});

// Session 26 forumdocs pass: Docusaurus' doc page (theme-classic's DocItem layout: breadcrumbs, the mobile "On this page" button, an
// admonition, tabs, code blocks, the doc footer, the pager and the desktop outline), written by hand from its markup, minified as it ships.
describe('docs templates: Docusaurus', () => {
  const html =
    `<html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page"><head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.5.2"><title>Connecting | clientlib</title><meta property="og:title" content="Connecting | clientlib"><meta name="description" content="How to open a connection."></head><body class="navigation-with-keyboard">` +
    `<div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>` +
    `<div id="__docusaurus"><nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><a class="navbar__brand" href="/"><b class="navbar__title text--truncate">clientlib</b></a><a aria-current="page" class="navbar__item navbar__link navbar__link--active" href="/docs/intro">Docs</a><a class="navbar__item navbar__link" href="/blog">Blog</a></div><div class="navbar__items navbar__items--right"><a href="https://github.com/x/y" class="navbar__item navbar__link">GitHub</a><div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search"><span class="DocSearch-Button-Placeholder">Search</span></button></div></div></div></nav>` +
    `<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><button aria-label="Scroll back to top" class="clean-btn theme-back-to-top-button backToTopButton_sjWU" type="button"></button><div class="docRoot_UBD9">` +
    `<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><div class="sidebar_njMd"><nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG"><ul class="theme-doc-sidebar-menu menu__list"><li class="theme-doc-sidebar-item-link menu__list-item"><a class="menu__link" href="/docs/intro">Introduction</a></li><li class="theme-doc-sidebar-item-link menu__list-item"><a class="menu__link menu__link--active" aria-current="page" href="/docs/connecting">Connecting</a></li><li class="theme-doc-sidebar-item-link menu__list-item"><a class="menu__link" href="/docs/auth">Authentication</a></li></ul></nav></div></div></aside>` +
    `<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn"><div class="docItemContainer_Djhp"><article>` +
    `<nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs" itemscope="" itemtype="https://schema.org/BreadcrumbList"><li class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/"><svg viewBox="0 0 24 24" class="breadcrumbHomeIcon_YNFT"><path d="M10 19v-5h4v5"></path></svg></a></li><li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item"><span class="breadcrumbs__link">Guides</span><meta itemprop="position" content="1"></li><li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link" itemprop="name">Connecting</span><meta itemprop="position" content="2"></li></ul></nav>` +
    `<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">On this page</button></div>` +
    `<div class="theme-doc-markdown markdown"><header><h1>Connecting</h1></header><p>${d(1)}</p><p>${d(2)}</p>` +
    `<div class="theme-admonition theme-admonition-tip admonition_xJq3 alert alert--success"><div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37"><svg viewBox="0 0 12 16"><path d="M6.5 0"></path></svg></span>tip</div><div class="admonitionContent_BuS1"><p>${d(3)}</p></div></div>` +
    `<h2 class="anchor anchorWithStickyNavbar_LWe7" id="options">Options<a href="#options" class="hash-link" aria-label="Direct link to Options" title="Direct link to Options">\u200b</a></h2><p>${d(4)}</p>` +
    `<div class="tabs-container tabList__CuJ"><ul role="tablist" aria-orientation="horizontal" class="tabs"><li role="tab" tabindex="0" aria-selected="true" class="tabs__item tabItem_LNqP tabs__item--active">npm</li><li role="tab" tabindex="-1" aria-selected="false" class="tabs__item tabItem_LNqP">Yarn</li></ul><div class="margin-top--md"><div role="tabpanel" class="tabItem_Ymn6"><div class="language-bash codeBlockContainer_Ckt0 theme-code-block" style="--prism-color:#393A34"><div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code language-bash codeBlock_bY9V thin-scrollbar"><code class="codeBlockLines_e6Vv"><span class="token-line"><span class="token plain">npm install clientlib</span><br></span></code></pre><div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn"><span class="copyButtonIcons_eSgA" aria-hidden="true"></span></button></div></div></div></div><div role="tabpanel" class="tabItem_Ymn6" hidden=""><div class="language-bash codeBlockContainer_Ckt0 theme-code-block"><div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code language-bash codeBlock_bY9V thin-scrollbar"><code class="codeBlockLines_e6Vv"><span class="token-line"><span class="token plain">yarn add clientlib</span><br></span></code></pre></div></div></div></div></div>` +
    `<div class="language-js codeBlockContainer_Ckt0 theme-code-block"><div class="codeBlockTitle_Ktv7">src/connect.js</div><div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code language-js codeBlock_bY9V thin-scrollbar"><code class="codeBlockLines_e6Vv"><span class="token-line"><span class="token keyword">const</span><span class="token plain"> client = connect({ timeout: 5000 });</span><br></span></code></pre><div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn"></button></div></div></div>` +
    `<h2 class="anchor anchorWithStickyNavbar_LWe7" id="closing">Closing<a href="#closing" class="hash-link" aria-label="Direct link to Closing">\u200b</a></h2><p>${d(5)}</p></div>` +
    `<footer class="theme-doc-footer docusaurus-mt-lg"><div class="theme-doc-footer-edit-meta-row row"><div class="col"><a href="https://github.com/x/y/edit/main/docs/connecting.md" target="_blank" rel="noopener noreferrer" class="theme-edit-this-page"><svg viewBox="0 0 40 40" class="iconEdit_Z9Sw"><path d="m34.5 11.7"></path></svg>Edit this page</a></div><div class="col lastUpdated_JAkA"><span class="theme-last-updated">Last updated<!-- --> on <b><time datetime="2024-03-02T10:00:00.000Z" itemprop="dateModified">Mar 2, 2024</time></b></span></div></div></footer></article>` +
    `<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev" href="/docs/intro"><div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Introduction</div></a><a class="pagination-nav__link pagination-nav__link--next" href="/docs/auth"><div class="pagination-nav__sublabel">Next</div><div class="pagination-nav__label">Authentication</div></a></nav></div></div>` +
    `<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border"><li><a href="#options" class="table-of-contents__link toc-highlight">Options</a></li><li><a href="#closing" class="table-of-contents__link toc-highlight">Closing</a></li></ul></div></div></div></div></main></div></div></div>` +
    `<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links"><div class="col footer__col"><div class="footer__title">Docs</div><ul class="footer__items clean-list"><li class="footer__item"><a class="footer__link-item" href="/docs/intro">Tutorial</a></li></ul></div><div class="col footer__col"><div class="footer__title">Community</div><ul class="footer__items clean-list"><li class="footer__item"><a href="https://discord.gg/x" class="footer__link-item">Discord</a></li></ul></div></div><div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2026 clientlib. Built with Docusaurus.</div></div></div></footer></div></body></html>`;

  it('drops the doc footer\'s "Edit this page" beside "Last updated on <date>" (a revision line, not a card\'s writers and date)', () => {
    const blocks = blocksOf(html, 'https://clientlib.dev/docs/connecting');
    expect(blocks).toContain(d(4));
    expect(blocks.join('\n')).not.toContain('Edit this page');
  });

  it('drops the "On this page" outline beside a short page read whole from its main region, and keeps its headings in the text', () => {
    const blocks = blocksOf(html, 'https://clientlib.dev/docs/connecting');
    expect(blocks.at(-1)).toBe(d(5));
    expect(blocks.filter((block) => block === 'Options' || block === 'Closing')).toEqual(['Options', 'Closing']);
  });
});

// Session 26 forumdocs pass: code blocks with line numbers, as the highlighters write them.
describe('docs templates: code line numbers', () => {
  const page = (code: string): string =>
    `<html><head><title>Connecting | clientlib</title></head><body><main><article><h1>Connecting</h1><p>${d(1)}</p><p>${d(2)}</p>${code}<p>${d(3)}</p></article></main></body></html>`;

  it("leaves out Pygments' line-number cell (`td.linenos`, its table mode: Sphinx's and MkDocs' `linenos`)", () => {
    const code =
      '<div class="highlight"><table class="highlighttable"><tr><td class="linenos"><div class="linenodiv"><pre><span class="normal">1</span>\n<span class="normal">2</span></pre></div></td>' +
      '<td class="code"><div><pre><span></span><span class="n">client</span> <span class="o">=</span> <span class="n">connect</span><span class="p">()</span>\n<span class="n">client</span><span class="o">.</span><span class="n">close</span><span class="p">()</span>\n</pre></div></td></tr></table></div>';
    expect(blocksOf(page(code), 'https://clientlib.dev/docs/connecting')).toEqual([d(1), d(2), 'client = connect()', 'client.close()', d(3)]);
  });

  it("leaves out Hugo Chroma's line numbers inside each line (`span.ln`), and keeps a line of code that is a number", () => {
    const line = (n: number, code: string): string => `<span class="line"><span class="ln">${n}</span><span class="cl">${code}</span></span>`;
    const code = `<div class="highlight"><pre class="chroma"><code class="language-go" data-lang="go">${line(1, 'client := Connect()\n')}${line(2, 'client.Close()\n')}${line(3, '42')}</code></pre></div>`;
    expect(blocksOf(page(code), 'https://clientlib.dev/docs/connecting')).toEqual([d(1), d(2), 'client := Connect()', 'client.Close()', '42', d(3)]);
  });
});

// Session 26 forumdocs pass: Javadoc's summary tables since JDK 16, a grid of `<div>` cells (before: `<table class="memberSummary">`).
describe('docs templates: Javadoc summary grids', () => {
  const row = (type: string, member: string, description: string): string =>
    `<div class="col-first even-row-color"><code>${type}</code></div><div class="col-second even-row-color"><code><a href="#${member}()" class="member-name-link">${member}</a><wbr>(<a href="ArrayList.html" title="type parameter in ArrayList">E</a>&nbsp;e)</code></div>` +
    `<div class="col-last even-row-color"><div class="block">${description}</div></div>`;
  const html =
    `<html><head><title>ArrayList (Java SE 17 &amp; JDK 17)</title><meta name="generator" content="javadoc/ClassWriterImpl"></head><body class="class-declaration-page"><div class="flex-box"><header role="banner" class="flex-header"><nav role="navigation"><ul class="nav-list"><li><a href="package-summary.html">Package</a></li><li class="nav-bar-cell1-rev">Class</li></ul></nav></header>` +
    `<div class="flex-content"><main role="main"><div class="header"><h1 title="Class ArrayList" class="title">Class ArrayList&lt;E&gt;</h1></div><section class="class-description" id="class-description"><div class="block">${d(1)}</div><div class="block"><p>${d(2)}</p></div></section>` +
    `<section class="summary"><ul class="summary-list"><li><section class="method-summary" id="method-summary"><h2>Method Summary</h2><div class="summary-table three-column-summary"><div class="table-header col-first">Modifier and Type</div><div class="table-header col-second">Method</div><div class="table-header col-last">Description</div>` +
    `${row('boolean', 'add', 'Appends the specified element to the end of this list.')}${row('boolean', 'remove', 'Removes the first occurrence of the specified element from this list.')}</div></section></li></ul></section>` +
    `<footer role="contentinfo"><p class="legal-copy"><small><a href="https://bugreport.java.com/bugreport/">Report a bug or suggest an enhancement</a></small></p></footer></main></div></div></body></html>`;

  it("keeps each member's name and signature, a cell of linked code, beside its description", () => {
    const blocks = blocksOf(html, 'https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/ArrayList.html');
    expect(blocks).toContain('add(E e)');
    expect(blocks.indexOf('remove(E e)')).toBe(blocks.indexOf('Removes the first occurrence of the specified element from this list.') - 1);
  });

  it("still drops a link around a code block's file name (a download label)", () => {
    const label = `<div class="copy-code-icon"><a href="https://example.com/raw/service.yaml" download="service.yaml"><code>service/simple-service.yaml</code></a></div>`;
    const blocks = blocksOf(html.replace('<section class="summary">', `${label}<section class="summary">`), 'https://docs.oracle.com/x/ArrayList.html');
    expect(blocks).not.toContain('service/simple-service.yaml');
  });
});

// Session 30 docs pass: a tab group per language that a sentence introduces, each panel a list of linked install steps
// (Twilio's quickstart, classes hashed as a CSS-in-JS build writes them).
describe('docs templates: an introduced tab group of linked steps', () => {
  const langs = ['Python', 'Node.js', 'PHP', 'Java'];
  const tab = (lang: string, k: number): string => `<span id="t-${k}" role="tab" tabindex="0" aria-selected="${k === 0}" class="css-1a2b3c">${lang}</span>`;
  const panel = (lang: string, k: number): string =>
    `<div id="p-${k}" role="tabpanel" aria-labelledby="t-${k}"${k === 0 ? '' : ' hidden=""'} class="css-9z8y7x"><ul class="css-q56x2v">` +
    `<li><p><a href="https://lang.example.org/${k}/install" class="css-lpeit6">Install ${lang}</a>.</p></li>` +
    `<li><p><a href="https://tunnel.example.org/docs/start" class="css-lpeit6">Install and set up the tunnel for ${lang}</a>.</p></li>` +
    `<li><p><a href="https://github.com/x/client-${k}" class="css-lpeit6">The client library for ${lang}</a>.</p></li></ul></div>`;
  const group = `<div class="css-4d5e6f"><div class="css-7g8h9i"><div role="tablist" aria-label="Horizontal tabs"><div>${langs.map(tab).join('')}</div></div><div>${langs.map(panel).join('')}</div></div></div>`;
  const html = (intro: string): string =>
    `<html><head><title>Messaging quickstart</title></head><body><header><nav><a href="/">Docs</a><a href="/api">API</a><a href="/sdks">SDKs</a></nav></header><main><div class="css-0a1b2c">` +
    `<h1>Messaging quickstart</h1><p>${d(1)}</p><h2>Complete the prerequisites</h2><p>${intro}</p>${group}<h2>Send a message</h2><p>${d(2)}</p><p>${d(3)}</p></div></main></body></html>`;
  const url = 'https://docs.example.com/messaging/quickstart';

  it('reads every panel of a tab group a sentence ending in a colon introduces, the hidden ones too', () => {
    const blocks = blocksOf(html('Select your programming language and complete the prerequisites:'), url);
    for (const lang of langs) {
      expect(blocks).toContain(`Install ${lang}.`);
      expect(blocks).toContain(`The client library for ${lang}.`);
    }
    expect(blocks.indexOf('Install Python.')).toBeGreaterThan(blocks.indexOf('Select your programming language and complete the prerequisites:'));
    expect(blocks.at(-1)).toBe(d(3));
  });

  it('still drops the linked panels when no sentence ending in a colon introduces the tab group', () => {
    const blocks = blocksOf(html('The prerequisites differ a little from one language to the next.'), url);
    expect(blocks).toContain(d(2));
    expect(blocks.join('\n')).not.toContain('Install Python');
  });
});

// Session 31 docs pass: a closing-material heading that opens a reference section (a table of fields, a code block) is not a tail.
describe('docs templates: a tail-worded heading over a reference section', () => {
  const row = (k: number): string => `<tr><td><code>field_${k}</code></td><td>String</td><td>${d(k)}</td></tr>`;
  const table = (from: number): string =>
    `<table><thead><tr><th>Attribute</th><th>Type</th><th>Description</th></tr></thead><tbody>${[0, 1, 2].map((k) => row(from + k)).join('')}</tbody></table>`;
  const page = (section: string): string =>
    `<html><head><title>Feed specification | Docs</title></head><body><nav class="x1a"><a href="/">Docs</a><a href="/guides">Guides</a></nav><main class="x2b"><article class="x3c"><h1>Feed specification</h1>` +
    `<p>${d(1)}</p><h3 id="x4d">Basic fields</h3><p>${d(2)}</p>${table(10)}<p>${d(3)}</p><h3 id="x5e">Media</h3><p>${d(4)}</p>${table(20)}<p>${d(5)}</p>${section}` +
    `<h3 id="x6f">Geo tagging</h3><p>The last section explains which regions a price applies to.</p></article></main><footer class="x7a">© Docs</footer></body></html>`;

  it('keeps a "Related Products" section set as a table of fields, and the sections after it', () => {
    const text = extractArticle(page(`<h3 id="x8b">Related Products</h3><p>List products bought together.</p>${table(30)}`), {
      url: 'https://docs.example.com/feeds/spec/',
      fetchedAt,
    }).contentText;
    expect(text).toContain('Related Products');
    expect(text).toContain('field_31');
    expect(text).toContain('The last section explains which regions a price applies to.');
  });
});
