/**
 * npm run bench -- --articles 1000 [--repeat 3] [--warm] [--cpu-prof] [--keep] [--seed 1] [--query "dân vận"] [--bantin-only]
 * npm run bench -- --articles 10000 --preview [--bantin-only]: the dev server instead (run-preview.ts)
 * Builds bantin and the bare Astro + Pagefind baseline on the same generated articles and prints
 * one comparison table and the page weights. Work folder: .bantin/bench-<articles>/ (logs and
 * report.json stay there).
 */
import { parseArgs } from 'node:util';
import { runBench } from './run-bench.ts';
import { formatReport } from './report.ts';
import { runPreviewBench } from './run-preview.ts';
import { formatPreviewReport } from './preview-report.ts';
import { formatProfileSummary, readProfile, summariseProfile, summariseWindows } from './cpu-profile.ts';

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    warm: { type: 'boolean', default: false },
    repeat: { type: 'string', default: '1' },
    'cpu-prof': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    query: { type: 'string' },
    'work-dir': { type: 'string' },
    'bantin-only': { type: 'boolean', default: false },
    preview: { type: 'boolean', default: false },
  },
});
const articles = Number(args.articles);
if (!Number.isInteger(articles) || articles < 1) {
  console.error(`--articles must be a positive whole number, got "${args.articles}"`);
  process.exit(1);
}
if (args.preview) {
  const preview = await runPreviewBench({ root: process.cwd(), articles, seed: Number(args.seed), workDir: args['work-dir'], bantinOnly: args['bantin-only'], cpuProfile: args['cpu-prof'], log: (m) => console.error(m) });
  console.log(`\n${formatPreviewReport(preview)}`);
  if (preview.cpuProfile) console.log(`\n${formatProfileSummary(summariseProfile(await readProfile(preview.cpuProfile), 25), summariseWindows(await readProfile(preview.cpuProfile), preview.bantin.windows ?? [], 8))}\n(${preview.cpuProfile})`);
  process.exit(0);
}
const report = await runBench({
  root: process.cwd(),
  articles,
  seed: Number(args.seed),
  warm: args.warm,
  repeat: Number(args.repeat),
  cpuProfile: args['cpu-prof'],
  keep: args.keep,
  query: args.query,
  workDir: args['work-dir'],
  bantinOnly: args['bantin-only'],
  log: (message) => console.error(message),
});
console.log(`\n${formatReport(report)}`);
if (report.cpuProfile) {
  const profile = await readProfile(report.cpuProfile.file);
  const summary = formatProfileSummary(summariseProfile(profile, 20), summariseWindows(profile, report.cpuProfile.windows));
  console.log(`\n${summary}\n(${report.cpuProfile.file}: open in Chrome DevTools › Performance for the call tree)`);
}
