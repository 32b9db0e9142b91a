import { describe, expect, it } from 'vitest';
import { detectChineseScript, normalizeLanguageTag, resolveLanguage } from './language.ts';
import { cleanTitle } from './title.ts';

describe('cleanTitle', () => {
  it('strips a known site name joined by a separator', () => {
    expect(cleanTitle('特朗普与习近平通话后双方各自划重点 - BBC News 中文', 'BBC News 中文')).toBe('特朗普与习近平通话后双方各自划重点');
    expect(cleanTitle('BBC News 中文 | 特朗普与习近平通话后双方各自划重点', 'BBC News 中文')).toBe('特朗普与习近平通话后双方各自划重点');
  });

  it('strips section_site underscore chains and strong separators without a site name', () => {
    expect(cleanTitle('DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网', null)).toBe('DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶');
    expect(cleanTitle('宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网', null)).toBe('宇航员在太空中喝酒会怎么样？后果很严重');
    expect(cleanTitle('新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::', null)).toBe('新竹尖石_美樹營地賞楓 (2)');
    expect(cleanTitle('How the Fed works - The Economist', null)).toBe('How the Fed works');
  });

  it('keeps a title whose only separator is part of it', () => {
    expect(cleanTitle('新竹尖石_美樹營地賞楓', null)).toBe('新竹尖石_美樹營地賞楓');
    expect(cleanTitle('Re-election - a short title', null)).toBe('Re-election - a short title');
  });
});

describe('language', () => {
  it('normalises tags to BCP 47 and maps Chinese regions to scripts', () => {
    expect(normalizeLanguageTag('zh_CN')).toBe('zh-Hans');
    expect(normalizeLanguageTag('zh-hant-tw')).toBe('zh-Hant');
    expect(normalizeLanguageTag('ZH-HK')).toBe('zh-Hant');
    expect(normalizeLanguageTag('en-us')).toBe('en-US');
    expect(normalizeLanguageTag('not a tag')).toBeNull();
  });

  it('tells Simplified from Traditional by the characters', () => {
    expect(detectChineseScript('这个国家的经济发展问题')).toBe('zh-Hans');
    expect(detectChineseScript('這個國家的經濟發展問題')).toBe('zh-Hant');
    expect(detectChineseScript('中文')).toBeNull();
  });

  it('corrects a wrong or missing declaration from the text', () => {
    expect(resolveLanguage('zh-CN', '這個國家的經濟發展問題，這是關於選舉的報導。', null)).toEqual({ language: 'zh-Hant', from: 'text' });
    expect(resolveLanguage(null, '这个国家的经济发展问题，这是关于选举的报道。', null)).toEqual({ language: 'zh-Hans', from: 'text' });
    expect(resolveLanguage('en', 'An English article about the economy.', 'zh-Hans')).toEqual({ language: 'en', from: 'declared' });
    expect(resolveLanguage(null, 'An English article about the economy.', 'en')).toEqual({ language: 'en', from: 'config' });
  });
});
