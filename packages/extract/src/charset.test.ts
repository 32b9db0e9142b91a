import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from './charset.ts';
import { extractArticle } from './extract-article.ts';

const simplified =
  '美国总统特朗普2月4日与中国国家主席习近平通话。中方通报把台湾问题置于最优先位置，称这是中美关系中最重要的问题，并要求美方在对台军售上务必慎重处理。';
const traditional =
  '美國總統特朗普2月4日與中國國家主席習近平通話。中方通報把臺灣問題置於最優先位置，稱這是中美關係中最重要的問題，並要求美方在對臺軍售上務必慎重處理。';
const page = (text: string, meta = ''): string =>
  `<!DOCTYPE html><html><head>${meta}<title>测试 - 新闻</title></head><body><article><h1>测试</h1><p>${text}</p><p>${text}</p></article></body></html>`;

describe('decodeHtml', () => {
  it('honours a BOM over everything but a forced charset', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page(simplified, '<meta charset="big5">'))]);
    expect(decodeHtml(bytes, 'text/html; charset=gbk')).toMatchObject({ charset: 'utf-8', from: 'bom' });
  });

  it('uses the HTTP header charset, then <meta>', () => {
    const gbk = iconv.encode(page(simplified), 'gbk');
    expect(decodeHtml(gbk, 'text/html; charset=GBK')).toMatchObject({ charset: 'gb18030', from: 'header' });
    const withMeta = iconv.encode(page(simplified, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'), 'gbk');
    const decoded = decodeHtml(withMeta, 'text/html');
    expect(decoded).toMatchObject({ charset: 'gb18030', from: 'meta' });
    expect(decoded.html).toContain(simplified);
  });

  it('sniffs undeclared GBK and Big5 pages', () => {
    const gbk = decodeHtml(iconv.encode(page(simplified), 'gbk'));
    expect(gbk.from).toBe('sniff');
    expect(gbk.html).toContain(simplified);
    const big5 = decodeHtml(iconv.encode(page(traditional), 'big5'));
    expect(big5).toMatchObject({ charset: 'big5', from: 'sniff' });
    expect(big5.html).toContain(traditional);
  });

  it('does not believe a legacy <meta> or header when the bytes are valid UTF-8 (the qq case)', () => {
    const bytes = Buffer.from(page(simplified, '<meta charset="gb2312">'));
    expect(decodeHtml(bytes)).toMatchObject({ charset: 'utf-8', from: 'sniff' });
    expect(decodeHtml(bytes, 'text/html; charset=big5').html).toContain(simplified);
  });

  it('lets configuration force a charset, and treats "auto" as detect', () => {
    const big5 = iconv.encode(page(traditional, '<meta charset="utf-8">'), 'big5');
    expect(decodeHtml(big5, null, 'big5')).toMatchObject({ charset: 'big5', from: 'forced' });
    expect(decodeHtml(Buffer.from(page(simplified)), null, 'auto')).toMatchObject({ charset: 'utf-8' });
  });

  it('decodes pure ASCII as UTF-8 by default', () => {
    expect(decodeHtml(Buffer.from('<html><body><p>plain</p></body></html>'))).toMatchObject({ charset: 'utf-8', from: 'default' });
  });
});

describe('extractArticle on legacy-encoded pages', () => {
  it('extracts a GBK page declared only in <meta> without mojibake, as zh-Hans', () => {
    const bytes = iconv.encode(page(simplified, '<meta charset="gbk">'), 'gbk');
    const article = extractArticle(bytes, { url: 'https://example.cn/a/1.html', fetchedAt: new Date('2026-01-01T00:00:00Z') });
    expect(article.contentText).toBe(`${simplified}\n\n${simplified}`);
    expect(article.language).toBe('zh-Hans');
    expect(article.extraction.charset).toEqual({ name: 'gb18030', from: 'meta' });
  });

  it('extracts an undeclared Big5 page as zh-Hant', () => {
    const bytes = iconv.encode(page(traditional), 'big5');
    const article = extractArticle(bytes, { url: 'https://example.tw/a/1.html', fetchedAt: new Date('2026-01-01T00:00:00Z') });
    expect(article.contentText).toContain(traditional);
    expect(article.language).toBe('zh-Hant');
  });
});
