import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article.ts';
import { sanitizeArticleHtml } from './sanitize.ts';

const corpus = new URL('../../../bench/extract/zyte-dev/', import.meta.url);
const truth = JSON.parse(readFileSync(new URL('ground-truth.json', corpus), 'utf8')) as Record<string, { url: string }>;
const fetchedAt = new Date('2020-01-01T00:00:00Z');

const hostile = `<html><head><title>XSS test page - Example</title></head><body><article>
<h1>XSS test page</h1>
<p onclick="alert(1)">A paragraph with <a href="javascript:alert(1)">a script link</a>, <a href="https://example.org/x?utm_source=feed&amp;id=7" onmouseover="x()">a tracked link</a> and <img src="x" onerror="alert(1)"> an image with a handler.</p>
<script>alert("inline")</script><style>p{}</style>
<p>Second paragraph <iframe src="https://evil.example/"></iframe> with an <object data="x.swf"></object> embed and <b style="color:red">bold</b> text &lt;script&gt; escaped.</p>
<p>Third <a href="data:text/html,<script>alert(1)</script>">data link</a> and <a href="vbscript:msgbox">vb</a> and <a href="//evil.example/proto-relative">proto-relative</a>.</p>
<figure><img src="/pic.jpg" alt='" onerror="alert(1)'><figcaption>Caption <script>x</script></figcaption></figure>
</article></body></html>`;

describe('contentHtml safety', () => {
  it('strips scripts, handlers and unsafe URLs from a hostile page', () => {
    const article = extractArticle(hostile, { url: 'https://example.org/news/1', fetchedAt });
    const html = article.contentHtml;
    expect(html).not.toMatch(/<script|<iframe|<object|<style|javascript:|vbscript:|data:text|\son\w+\s*=\s*["']/i);
    expect(html).toContain('<a href="https://example.org/x?id=7">a tracked link</a>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('&lt;script&gt; escaped');
    expect(html).toContain('<img src="https://example.org/pic.jpg" alt="&quot; onerror=&quot;alert(1)" />');
    expect(sanitizeArticleHtml(html)).toBe(html);
  });

  it('renders only what the sanitize-html allowlist keeps, on every benchmark page', () => {
    const ids = readdirSync(new URL('html/', corpus))
      .map((f) => f.replace(/\.html\.gz$/, ''))
      .sort();
    for (const id of ids) {
      const bytes = gunzipSync(readFileSync(new URL(`html/${id}.html.gz`, corpus)));
      const article = extractArticle(bytes, { url: truth[id]!.url, fetchedAt });
      expect(sanitizeArticleHtml(article.contentHtml), id).toBe(article.contentHtml);
    }
  });
});
