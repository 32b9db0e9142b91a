import type { Story, StoryBlock } from './newsroom.ts';
import type { FurnitureLink, PageFurniture } from './corpus.ts';
import { chineseDate, escapeAttribute as attr, escapeText as text, isoDay, scriptJson } from './html-text.ts';

/** Which script a page is rendered in; every story has a page in both. */
export type Variant = 'simp' | 'trad';

/** Labels that differ between the Simplified and Traditional sites. */
const labels = {
  simp: {
    htmlLang: 'zh-Hans',
    hreflang: 'zh-hans',
    ogLocale: 'zh_CN',
    switchLabel: '繁',
    switchLang: 'zh-Hant',
    nav: ['主页', '国际', '中国', '香港', '台湾', '英国', '财经', '视频'],
    skip: '跳过此内容',
    mostRead: '热读',
    related: '更多相关内容',
    topStories: '头条新闻',
    features: '特别推荐',
    popular: '热门内容',
    imageSource: '图像来源，',
    caption: '图像加注文字，',
    section: '国际',
    footer: ['BBC值得信赖的原因', '使用条款', '隐私政策', 'Cookies', '联络BBC', '以其他语言阅览BBC新闻'],
    disclaimer: 'BBC对外部网站内容不负责任。',
    externalLinks: '阅读了解我们对待外部链接的做法。',
  },
  trad: {
    htmlLang: 'zh-Hant',
    hreflang: 'zh-hant',
    ogLocale: 'zh_TW',
    switchLabel: '简',
    switchLang: 'zh-Hans',
    nav: ['主頁', '國際', '中國', '香港', '台灣', '英國', '財經', '視頻'],
    skip: '跳過此內容',
    mostRead: '熱讀',
    related: '更多相關內容',
    topStories: '頭條新聞',
    features: '特別推薦',
    popular: '熱門內容',
    imageSource: '圖像來源，',
    caption: '圖像加注文字，',
    section: '國際',
    footer: ['BBC值得信賴的原因', '使用條款', '隱私政策', 'Cookies', '聯絡BBC', '以其他語言閱覽BBC新聞'],
    disclaimer: 'BBC對外部網站內容不負責任。',
    externalLinks: '閱讀了解我們對待外部鏈接的做法。',
  },
} as const;

const navPaths = ['', '/world', '/china', '/hong_kong', '/taiwan', '/uk', '/business', '/media/video'];

/**
 * Simorgh emits emotion-hashed class names (bbc-xxxxxx); each block's wrapper reuses the previous
 * block's inner class. We derive them from the story id so a page's markup is stable between requests.
 */
function classSequence(seed: string): () => string {
  let state = 0;
  for (const char of seed) state = (Math.imul(state, 31) + char.charCodeAt(0)) >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 13), 0x5bd1e995) + 0x9e3779b9) >>> 0;
    return `bbc-${state.toString(36).padStart(6, '0').slice(-6)}`;
  };
}

/** ichef serves any width of a picture from the same path; Simorgh lists five in srcset. */
function srcset(src: string): string | undefined {
  if (!/\/ace\/ws\/\d+\//.test(src)) return undefined;
  return [240, 320, 480, 624, 800].map((width) => `${src.replace(/\/ace\/ws\/\d+\//, `/ace/ws/${width}/`)} ${width}w`).join(', ');
}

/** Turns a subheading into the id Simorgh gives it: the text without punctuation. */
function headingId(heading: string): string {
  return heading.replace(/[\s\p{P}\p{S}]/gu, '');
}

/** The picture locator Optimo stores, e.g. cpsprodpb/3c41/live/….jpg.webp. */
function imageLocator(src: string): string {
  return src.replace(/^https?:\/\/[^/]+\/ace\/ws\/\d+\//, '').replace(/^https?:\/\/[^/]+\//, '');
}

/** Optimo's nesting for a run of text: text → paragraph. */
function optimoText(value: string): unknown {
  return { type: 'text', model: { blocks: [{ type: 'paragraph', model: { text: value } }] } };
}

function optimoBlock(block: StoryBlock): unknown {
  if (block.type !== 'image') {
    return block.type === 'p' ? optimoText(block.text) : { type: 'subheadline', model: { blocks: [optimoText(block.text)] } };
  }
  const raw = {
    type: 'rawImage',
    model: {
      locator: imageLocator(block.src),
      ...(block.credit ? { copyrightHolder: block.credit } : {}),
      originCode: imageLocator(block.src).split('/')[0] ?? 'cpsprodpb',
    },
  };
  const parts: unknown[] = [raw, { type: 'altText', model: { blocks: [optimoText(block.alt)] } }];
  if (block.caption) parts.push({ type: 'caption', model: { blocks: [optimoText(block.caption)] } });
  return { type: 'image', model: { blocks: parts } };
}

/** Everything a page needs besides the story: where the newsroom lives and the static furniture. */
export type PageContext = { origin: string; furniture: PageFurniture };

/** Path of an article page on the newsroom, e.g. /zhongwen/articles/cx2p8v0k4q1o/simp. */
export function articlePath(id: string, variant: Variant): string {
  return `/zhongwen/articles/${id}/${variant}`;
}

/**
 * Renders a story as a bbc.com/zhongwen article page (Simorgh/Next.js markup, as in
 * corpus/seed/article-simp.html) with every bbc.com URL pointing at the newsroom's origin.
 */
export function renderArticlePage(story: Story, variant: Variant, context: PageContext): string {
  const { origin, furniture } = context;
  const l = labels[variant];
  const other: Variant = variant === 'simp' ? 'trad' : 'simp';
  const url = `${origin}${articlePath(story.id, variant)}`;
  const simpUrl = `${origin}${articlePath(story.id, 'simp')}`;
  const tradUrl = `${origin}${articlePath(story.id, 'trad')}`;
  const home = `${origin}/zhongwen/${variant}`;
  const link = (id: string): string => `${origin}${articlePath(id, variant)}`;
  const next = classSequence(`${story.id}/${variant}`);
  const published = story.publishedAt.toISOString();
  const modified = story.updatedAt.toISOString();
  const institutional = `${origin}/zhongwen/${variant}/institutional-38228429`;

  const jsonLd = {
    '@context': 'http://schema.org',
    '@graph': [
      {
        '@type': 'ReportageNewsArticle',
        url,
        publisher: {
          '@type': 'NewsMediaOrganization',
          name: 'BBC News 中文',
          publishingPrinciples: institutional,
          logo: { '@type': 'ImageObject', width: 1024, height: 576, url: `${origin}/ws/assets/images/service-logos/zhongwen.png` },
        },
        ...(story.leadImage
          ? { image: { '@type': 'ImageObject', width: 1024, height: 576, url: story.leadImage.src }, thumbnailUrl: story.leadImage.src }
          : {}),
        headline: story.title,
        alternativeHeadline: story.title,
        description: story.summary,
        datePublished: published,
        dateModified: modified,
        author: { '@type': 'NewsMediaOrganization', name: 'BBC News 中文', noBylinesPolicy: `${institutional}#authorexpectation` },
        mainEntityOfPage: { '@type': 'WebPage', '@id': url, name: story.title },
        inLanguage: { '@type': 'Language', name: 'Chinese', alternateName: l.hreflang },
      },
    ],
  };

  const head = [
    `<!DOCTYPE html>\n<html lang="${l.htmlLang}" class="no-js"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">`,
    `\n<title>${text(story.title)} - BBC News 中文</title><meta name="description" content="${attr(story.summary)}"><link rel="canonical" href="${attr(url)}">`,
    `\n<link rel="alternate" hrefLang="zh-hans" href="${attr(simpUrl)}"><link rel="alternate" hrefLang="zh-hant" href="${attr(tradUrl)}">`,
    `\n<meta property="og:title" content="${attr(story.title)}"><meta property="og:type" content="article"><meta property="og:description" content="${attr(story.summary)}"><meta property="og:site_name" content="BBC News 中文"><meta property="og:locale" content="${l.ogLocale}"><meta property="og:url" content="${attr(url)}">`,
    story.leadImage
      ? `<meta property="og:image" content="${attr(story.leadImage.src)}"><meta property="og:image:alt" content="${attr(story.leadImage.alt)}">`
      : '',
    `<meta property="article:published_time" content="${published}"><meta property="article:modified_time" content="${modified}"><meta property="article:author" content="https://www.facebook.com/bbcchinese"><meta property="article:section" content="${l.section}"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@bbcchinese"><meta name="twitter:title" content="${attr(story.title)}"><meta name="robots" content="noodp, noydir, max-image-preview:large"><link rel="preconnect" href="https://ichef.bbci.co.uk" crossorigin="anonymous">`,
    `\n<script type="application/ld+json">${scriptJson(jsonLd)}</script><style>.bbc-v9h3ws{margin:0 auto;max-width:63rem}.bbc-2v2fd8{text-transform:uppercase;font-size:.75rem}</style>`,
    `\n<script>(function(){document.documentElement.classList.remove("no-js");window.dataLayer=window.dataLayer||[];})();</script>\n</head>`,
  ].join('');

  const navItems = l.nav.map((label, index) => `<li class="${next()}"><a href="${home}${navPaths[index] ?? ''}" class="bbc-hca6va">${label}</a></li>`).join('');
  const header =
    `<body><div id="__next">\n<header role="banner" class="${next()}"><div class="${next()}"><a href="#content" class="${next()}">${l.skip}</a>` +
    `<a href="${home}" class="${next()}" aria-label="BBC News, 中文"><svg aria-hidden="true" focusable="false" viewBox="0 0 83 24" height="24" width="83"><path d="M44.6 22.2L49.7 2.1"></path></svg></a>` +
    `<a href="${origin}${articlePath(story.id, other)}" lang="${l.switchLang}" class="${next()}">${l.switchLabel}</a></div>` +
    `\n<nav role="navigation" class="${next()}"><ul role="list" class="${next()}">${navItems}</ul></nav></header>`;

  let previous = next();
  const timestamp = (): string =>
    `<div class="${next()}"><time datetime="${isoDay(story.publishedAt)}" class="${next()}">${chineseDate(story.publishedAt)}</time></div>`;
  const promo = (): string => {
    const items = furniture.mostReadPromo
      .map((item) => `<li class="${next()}"><div class="${next()}"><a href="${link(item.id)}" class="${next()}">${text(item.title)}</a></div></li>`)
      .join('');
    return (
      `<section class="${next()}" aria-labelledby="podcast-promo-heading" role="region" data-e2e="most-read-promo">` +
      `<a href="#end-of-promo" class="${next()}">Skip ${l.mostRead} and continue reading</a><h2 id="podcast-promo-heading" class="${next()}">${l.mostRead}</h2>` +
      `<ul role="list" class="${next()}">${items}</ul><p id="end-of-promo" class="${next()}">End of ${l.mostRead}</p></section>`
    );
  };

  // The most-read promo interrupts the story after its ninth block, as on bbc.com (earlier on short stories).
  const promoAfter = Math.min(9, Math.floor(story.blocks.length / 2));
  const hasImage = story.blocks.some((block) => block.type === 'image');
  let imageCount = 0;
  const body: string[] = [];
  story.blocks.forEach((block, index) => {
    if (index === promoAfter && index > 0) body.push(promo());
    const inner = next();
    if (block.type !== 'image') {
      body.push(
        block.type === 'p'
          ? `<div dir="ltr" class="${previous}"><p class="${inner}">${text(block.text)}</p></div>`
          : `<div class="${previous}"><h2 id="${attr(headingId(block.text))}" class="${inner}">${text(block.text)}</h2></div>`,
      );
    } else {
      const set = srcset(block.src);
      const credit = block.credit ? `<p role="text" class="${next()}"><span class="${next()}">${l.imageSource}</span>${text(block.credit)}</p>` : '';
      const caption = block.caption ? `<figcaption class="${next()}"><span class="${next()}">${l.caption}</span>${text(block.caption)}</figcaption>` : '';
      body.push(
        `<figure class="${previous}"><div class="${next()}"><div class="${next()}"><img src="${attr(block.src)}"` +
          (set ? ` srcset="${attr(set)}" sizes="(min-width: 1008px) 760px, 100vw"` : '') +
          ` alt="${attr(block.alt)}" width="976" height="549" loading="${imageCount === 0 ? 'eager' : 'lazy'}" class="${inner}">${credit}</div></div>${caption}</figure>`,
      );
      // Simorgh prints the timestamp right under the first picture.
      if (imageCount === 0) body.push(timestamp());
      imageCount++;
    }
    previous = inner;
  });

  const related = furniture.related
    .map(
      (item: FurnitureLink) =>
        `<li class="${next()}"><div class="${next()}"><h3 class="${next()}"><a href="${link(item.id)}" class="${next()}">${text(item.title)}</a></h3><time datetime="${attr(item.datetime ?? '')}" class="${next()}">${text(item.label ?? '')}</time></div></li>`,
    )
    .join('');
  const main =
    `\n<div class="bbc-v9h3ws"><main role="main" class="${next()}"><div class="${next()}"><h1 id="content" tabindex="-1" class="${next()}">${text(story.title)}</h1></div>` +
    (hasImage ? '' : timestamp()) +
    `\n${body.join('')}` +
    `\n<section class="${next()}" aria-labelledby="related-content-heading" role="region"><div class="${next()}"><h2 id="related-content-heading" class="${next()}">${l.related}</h2></div><ul role="list" class="${next()}">${related}</ul></section>\n</main>`;

  const timedList = (items: FurnitureLink[]): string =>
    items
      .map(
        (item) =>
          `<li class="${next()}"><div><h3><a href="${link(item.id)}">${text(item.title)}</a></h3><time datetime="${attr(item.datetime ?? '')}">${text(item.label ?? '')}</time></div></li>`,
      )
      .join('');
  const popular = furniture.mostRead
    .map(
      (item, index) =>
        `<li class="${next()}"><span class="bbc-4tw5kf">${index + 1}</span><a href="${link(item.id)}" class="bbc-d3xwp4">${text(item.title)}</a></li>`,
    )
    .join('');
  const aside =
    `<div class="${next()}" role="complementary">` +
    `\n<section aria-labelledby="top-stories-heading" role="region" class="${next()}"><h2 id="top-stories-heading" class="${next()}">${l.topStories}</h2><ul role="list">${timedList(furniture.topStories)}</ul></section>` +
    `\n<section aria-labelledby="features-heading" role="region" class="${next()}"><h2 id="features-heading" class="${next()}">${l.features}</h2><ul role="list">${timedList(furniture.features)}</ul></section>` +
    `\n<section aria-labelledby="Most-Read" role="region" class="${next()}"><h2 id="Most-Read" class="${next()}">${l.popular}</h2><ol role="list" class="${next()}">${popular}</ol></section>\n</div></div>`;

  const [trust, terms, privacy, cookies, contact, languages] = l.footer;
  const footer =
    `\n<footer role="contentinfo" class="${next()}"><div class="${next()}"><a href="${home}" class="${next()}">BBC News, 中文</a></div>` +
    `<div class="${next()}"><a href="${institutional}">${trust}</a><ul role="list" class="${next()}">` +
    `<li><a href="https://www.bbc.co.uk/usingthebbc/terms">${terms}</a></li><li><a href="${origin}/usingthebbc/privacy/">${privacy}</a></li>` +
    `<li><a href="${origin}/usingthebbc/cookies/">${cookies}</a></li><li><a href="https://www.bbc.co.uk/zhongwen/${variant}/institutional-38228429">${contact}</a></li>` +
    `<li><a href="${origin}/ws/languages">${languages}</a></li><li><a href="#">Do not share or sell my info</a></li></ul>` +
    `<p class="${next()}"><small>© ${story.updatedAt.getUTCFullYear()} BBC. ${l.disclaimer} <a href="https://www.bbc.co.uk/editorialguidelines/guidance/feeds-and-links">${l.externalLinks}</a></small></p></div></footer>\n</div>`;

  const nextData = {
    props: {
      pageProps: {
        service: 'zhongwen',
        variant,
        pageData: {
          metadata: {
            id: `urn:bbc:optimo:asset:${story.id}`,
            language: l.hreflang,
            firstPublished: story.publishedAt.getTime(),
            lastPublished: story.updatedAt.getTime(),
            type: 'article',
          },
          content: {
            model: {
              blocks: [
                { type: 'headline', model: { blocks: [{ type: 'text', model: { blocks: [{ type: 'paragraph', model: { text: story.title } }] } }] } },
                { type: 'timestamp', model: { firstPublished: story.publishedAt.getTime(), lastPublished: story.updatedAt.getTime() } },
                ...story.blocks.map(optimoBlock),
              ],
            },
          },
        },
      },
    },
    page: '/[service]/articles/[id]/[[...variant]]',
    query: { service: 'zhongwen', id: story.id, variant: [variant] },
  };
  const scripts =
    `<script id="__NEXT_DATA__" type="application/json">${scriptJson(nextData)}</script>` +
    `<script src="${origin}/ws/_next/static/chunks/main-4f1c2a.js" async=""></script></body></html>`;

  return head + header + main + aside + footer + scripts;
}
