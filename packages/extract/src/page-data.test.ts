import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article.ts';

const fixture = (name: string): string => readFileSync(new URL(`./__fixtures__/simorgh/${name}`, import.meta.url), 'utf8');
const fetchedAt = new Date('2026-02-08T08:00:00Z');

/** A page shell the way Simorgh serves it: little markup, the article in window.SIMORGH_DATA. */
function simorghPage(json: string, lang: string): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><title>BBC News 中文</title><meta property="og:site_name" content="BBC News 中文"></head><body><div id="root"><nav><a href="/zhongwen/trad">主頁</a></nav></div><script>window.SIMORGH_DATA={"pageData":${json.trim()}}</script></body></html>`;
}

describe('embedded page data', () => {
  it('reads a CPS story (Traditional): paragraphs and crossheads in order, images with credits, no video or related links', () => {
    const article = extractArticle(simorghPage(fixture('cps-trad-57526233.json'), 'zh-Hant'), {
      url: 'https://www.bbc.com/zhongwen/trad/chinese-news-57526233',
      fetchedAt,
    });
    expect(article.extraction.method).toBe('page-data');
    expect(article.title).toBe('香港示威浪潮：元朗「721」事件白衣襲擊者暴動罪成');
    expect(article.language).toBe('zh-Hant');
    expect(article.publishedAt).toBe(new Date(1624012289000).toISOString());
    const blocks = article.contentText.split('\n\n');
    expect(blocks[0]).toMatch(/^香港2019年示威浪潮「721」元朗港鐵站襲擊事件中/);
    expect(blocks).toContain('指責林卓廷搞事的說法「毫無道理」');
    expect(article.contentHtml).toContain('<h2>指責林卓廷搞事的說法「毫無道理」</h2>');
    expect(article.contentText).not.toContain('港警以暴動罪拘民主派議員'); // a related-story list
    expect(article.contentText).not.toContain('視頻回顧'); // a video caption
    expect(article.images).toHaveLength(2);
    expect(article.images[0]).toMatchObject({
      url: 'https://ichef.bbci.co.uk/ace/ws/1024/cpsprodpb/FC27/production/_114115546_hi055443276.jpg',
      credit: 'Reuters',
    });
  });

  it('reads a CPS photo gallery: captions become the text, since they tell the story', () => {
    const json = JSON.stringify((JSON.parse(fixture('cps-gallery-simp-49065935.json')) as { data: { article: unknown } }).data.article);
    const article = extractArticle(simorghPage(json, 'zh-Hans'), { url: 'https://www.bbc.com/zhongwen/simp/chinese-news-49065935', fetchedAt });
    expect(article.extraction.method).toBe('page-data');
    expect(article.contentText.split('\n\n')[0]).toMatch(/^香港周日（21日）继续发生大规模抗议行动/);
    expect(article.images.length).toBeGreaterThan(2);
    expect(article.language).toBe('zh-Hans');
  });

  it('reads an Optimo article from __NEXT_DATA__ with fragments', () => {
    const data = (JSON.parse(fixture('optimo-simp-c3xd4x9prgyo.json')) as { data: { article: unknown } }).data.article;
    const html = `<html lang="zh-Hans"><head><title>花木兰 - BBC News 中文</title></head><body><main><p>Loading…</p></main><script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { pageData: data } } })}</script></body></html>`;
    const article = extractArticle(html, { url: 'https://www.bbc.com/zhongwen/articles/c3xd4x9prgyo/simp', fetchedAt });
    expect(article.extraction.method).toBe('page-data');
    expect(article.title).toBe('花木兰真人版：迪士尼斥巨资集结明星重拍的中国经典');
    expect(article.contentText.split('\n\n')).toHaveLength(4);
    expect(article.contentText.startsWith('这一次，电影里不会再有唱段')).toBe(true);
    expect(article.publishedAt).toBe('2019-07-12T14:52:32.251Z');
  });

  it('still finds the article when the JSON spells "blocks" with an escape (the text shortcut must not miss it)', () => {
    const data = (JSON.parse(fixture('optimo-simp-c3xd4x9prgyo.json')) as { data: { article: unknown } }).data.article;
    const json = JSON.stringify({ props: { pageProps: { pageData: data } } }).replaceAll('"blocks"', '"bl\\u006fcks"');
    expect(json).not.toContain('"blocks"');
    const html = `<html lang="zh-Hans"><head><title>花木兰 - BBC News 中文</title></head><body><main><p>Loading…</p></main><script id="__NEXT_DATA__" type="application/json">${json}</script></body></html>`;
    const article = extractArticle(html, { url: 'https://www.bbc.com/zhongwen/articles/c3xd4x9prgyo/simp', fetchedAt });
    expect(article.extraction.method).toBe('page-data');
    expect(article.contentText.split('\n\n')).toHaveLength(4);
  });
});
