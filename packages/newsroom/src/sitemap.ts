import type { Story } from './newsroom.ts';
import { articlePath, type Variant } from './article-page.ts';
import { escapeText } from './html-text.ts';

/** Renders a Google News sitemap of the section: one <url> per story with news:publication_date and lastmod. */
export function renderNewsSitemap(stories: Story[], variant: Variant, origin: string): string {
  const language = variant === 'simp' ? 'zh-cn' : 'zh-tw';
  const urls = stories
    .map(
      (story) =>
        `<url><loc>${escapeText(`${origin}${articlePath(story.id, variant)}`)}</loc><lastmod>${story.updatedAt.toISOString()}</lastmod>` +
        `<news:news><news:publication><news:name>BBC News 中文</news:name><news:language>${language}</news:language></news:publication>` +
        `<news:publication_date>${story.publishedAt.toISOString()}</news:publication_date><news:title>${escapeText(story.title)}</news:title></news:news></url>`,
    )
    .join('\n');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls}\n</urlset>\n`
  );
}

/** Renders the sitemap index that robots.txt names: it points at the Simplified and Traditional news sitemaps. */
export function renderSitemapIndex(origin: string, lastModified: Date): string {
  const entries = (['simp', 'trad'] as const)
    .map(
      (variant) => `<sitemap><loc>${escapeText(`${origin}/zhongwen/${variant}/sitemap.xml`)}</loc><lastmod>${lastModified.toISOString()}</lastmod></sitemap>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</sitemapindex>\n`;
}

/** The default robots.txt: everything allowed, with the sitemap index advertised as on bbc.com. */
export function renderRobotsTxt(origin: string): string {
  return `User-agent: *\nDisallow: /_newsroom/\n\nSitemap: ${origin}/zhongwen/sitemap.xml\n`;
}
