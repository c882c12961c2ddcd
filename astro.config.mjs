// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { PHOTO_WIDTHS, SITE_URL } from './src/consts.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { externalLinksPlugin, figuresPlugin, photoSizesPlugin } from './src/markdown/article-html.ts';

export default defineConfig({
  site: SITE_URL,
  // A separate cache per content tree (benchmark corpus, test fixtures) keeps their stores apart.
  cacheDir: process.env.BANTIN_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx(), sitemap()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: { processor: satteri({ hastPlugins: [figuresPlugin, photoSizesPlugin, externalLinksPlugin(SITE_URL)] }) },
  image: {
    // Encoder settings are build time against bytes a reader downloads. Measured (npm run bench,
    // 1 000 articles, cold): WebP only at quality 75 and effort 2 instead of AVIF + WebP at 80 —
    // photo encoding 25.1 s → 11.0 s, and an 800 px photo weighs about what the AVIF did (19.6
    // vs 20.9 KB for the corpus photo). Encoded photos are cached in cacheDir between builds.
    service: { entrypoint: 'astro/assets/services/sharp', config: { webp: { effort: 2, quality: 75 } } },
    // Photos in article bodies get a srcset, so a phone downloads an 800 px file, not 1200 px;
    // the same widths as covers, not Astro's default eight, each of which is an encode.
    breakpoints: PHOTO_WIDTHS,
    // Our stylesheet sizes them; Astro's own responsive styles would need inline CSS (CSP).
    layout: 'constrained',
    responsiveStyles: false,
  },
});
