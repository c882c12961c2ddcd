/**
 * npm run corpus -- --articles 1000 --out .bantin/corpus-1000 [--seed 1]
 * Writes a deterministic benchmark corpus; build on it with
 *   BANTIN_CONTENT_DIR=<out> BANTIN_CACHE_DIR=<somewhere> npm run build -- --out <somewhere>
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { writeCorpus } from './write-corpus.ts';

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    catalogues: { type: 'string', default: 'content' },
  },
});
const articles = Number(args.articles);
if (!Number.isInteger(articles) || articles < 1) throw new Error(`--articles must be a positive whole number, got ${args.articles}`);
const dir = resolve(args.out ?? `.bantin/corpus-${articles}`);
const started = performance.now();
const stats = await writeCorpus({ dir, articles, seed: Number(args.seed), catalogueDir: resolve(args.catalogues) });
console.log(
  `${stats.articles} articles (${stats.mdx} MDX, ${stats.photos} photos, ${(stats.bytes / 1e6).toFixed(1)} MB) in ${dir}, ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s`,
);
