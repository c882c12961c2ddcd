// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { astroCacheDir, PHOTO_WIDTHS, SITE_URL } from './src/config.ts';
import { PHOTO_ENCODER } from './src/images/photo-settings.ts';
import { contentCheck } from './src/check/astro-integration.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { articleHastPlugins } from './src/markdown/article-html.ts';

export default defineConfig({
  site: SITE_URL,
  // A separate cache per content tree (benchmark corpus, test fixtures) keeps their stores apart.
  cacheDir: astroCacheDir(),
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx(), sitemap()],
  // Three pages in flight: while one waits for its files to be written, another renders. Cold
  // render of 10 000 articles (direct Astro runs, same machine): 71 s and 84 s one at a time,
  // 61 s and 60 s with 2, 52 s with 3.
  build: { format: 'directory', concurrency: 3 },
  devToolbar: { enabled: false },
  experimental: {
    // Rebuilds render only the pages whose data or code changed and copy the others from the
    // previous build (kept in cacheDir); every page's cacheKey comes from
    // src/site/page-cache-key.ts. Measured in `npm run bench -- --warm`.
    incrementalBuild: true,
  },
  // Markdown and MDX alike; the first plugin is the sanitiser (src/security/sanitise-article.ts).
  markdown: { processor: satteri({ hastPlugins: articleHastPlugins(SITE_URL) }) },
  image: {
    // Astro's sharp service plus the photo cache the pre-encoder fills beside the build
    // (src/images/); encoder settings and their measurements in src/images/photo-settings.ts.
    service: { entrypoint: './src/images/sharp-service.ts', config: PHOTO_ENCODER },
    // Photos in article bodies get a srcset, so a phone downloads an 800 px file, not 1200 px;
    // the same widths as covers, not Astro's default eight, each of which is an encode.
    breakpoints: PHOTO_WIDTHS,
    // Our stylesheet sizes them; Astro's own responsive styles would need inline CSS (CSP).
    layout: 'constrained',
    responsiveStyles: false,
  },
});
