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
    // Encoder effort is build time, not picture quality. Measured on 1 000 articles (122 photos,
    // npm run bench): AVIF effort 0 and WebP effort 2 instead of 2 and 4 cut the build's CPU time
    // by 40 % for 4 % more AVIF and 1 % more WebP bytes; the HTML is byte for byte the same.
    // Encoded photos are cached in cacheDir between builds.
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 0 }, webp: { effort: 2 } } },
    // Photos in article bodies get a srcset, so a phone downloads a 640 px file, not 1200 px.
    // Our stylesheet sizes them; Astro's own responsive styles would need inline CSS (CSP).
    layout: 'constrained',
    responsiveStyles: false,
  },
});
