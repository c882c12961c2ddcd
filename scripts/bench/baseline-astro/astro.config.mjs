// @ts-check
// The benchmark's yardstick: a bare Astro site, one page per article, nothing else. MDX is on
// only because some articles are .mdx. Run by scripts/bench/run-bench.ts with the same corpus.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  cacheDir: process.env.BANTIN_CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
