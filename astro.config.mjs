// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { SITE_URL } from './src/consts.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { externalLinksPlugin, figuresPlugin } from './src/markdown/article-html.ts';

export default defineConfig({
  site: SITE_URL,
  // A separate cache per content tree (benchmark corpus, test fixtures) keeps their stores apart.
  cacheDir: process.env.BANTIN_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx(), sitemap()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: { processor: satteri({ hastPlugins: [figuresPlugin, externalLinksPlugin(SITE_URL)] }) },
  image: {
    // sharp's default AVIF effort (4) spends seconds per photo; 2 keeps most of the size gain
    // at a fraction of the time. Encoded photos are cached in cacheDir between builds.
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } },
    // Photos in article bodies get a srcset, so a phone downloads a 640 px file, not 1200 px.
    // Our stylesheet sizes them; Astro's own responsive styles would need inline CSS (CSP).
    layout: 'constrained',
    responsiveStyles: false,
  },
});
