/**
 * npm run bench:statistics -- [content folder, default .bantin/corpus-10000]
 * Times the statistics of a content tree (buildStatistics and the page views, as one build
 * computes them), median of five runs, without building the site: the target is under
 * 1 s for the 10 000-article bench corpus.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import matter from 'gray-matter';
import { readAll } from '../../src/check/read-content.ts';
import { parseLocalDateTime } from '../../src/domain/vietnamese-date.ts';
import { loadStatistics } from '../../src/site/site-statistics.ts';
import type { FactArticle } from '../../src/statistics/facts.ts';
import type { Indicator, Organisation, Unit } from '../../src/schema/catalogues.ts';

const dir = resolve(process.argv[2] ?? '.bantin/corpus-10000');
const catalogue = async <T extends { key: string }>(name: string) =>
  new Map((parseYaml(await readFile(join(dir, name), 'utf8')) as T[]).map((item) => [item.key, item]));
const [units, organisations, indicators] = await Promise.all([catalogue<Unit>('units.yaml'), catalogue<Organisation>('organisations.yaml'), catalogue<Indicator>('indicators.yaml')]);

const time = (text: unknown) => {
  const parsed = parseLocalDateTime(text instanceof Date ? text.toISOString().slice(0, 16) : String(text));
  if (!parsed.ok) throw new Error(`not a date: ${String(text)}`);
  return parsed.date;
};
const files = (await readdir(join(dir, 'articles'), { recursive: true })).filter((f) => /index\.mdx?$/.test(f)).map((f) => join(dir, 'articles', f));
const articles = await readAll(files, async (file): Promise<FactArticle & { title: string }> => {
  const { data } = matter(await readFile(file, 'utf8'));
  return {
    slug: file.split('/').at(-2)!,
    title: data.title,
    unit: data.unit,
    period: data.period,
    publishedAt: time(data.publishedAt),
    updatedAt: data.updatedAt ? time(data.updatedAt) : undefined,
    indicators: (data.indicators ?? []).map((i: Record<string, unknown>) => ({ qualifier: 'exact', ...i })),
  };
});

// CPU time as well as wall time: on a shared machine the wall clock mostly measures the others.
const runs: number[] = [];
const cpu: number[] = [];
let last: ReturnType<typeof loadStatistics> | undefined;
for (let i = 0; i < 5; i++) {
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  last = loadStatistics(articles, { indicators, units, organisations }, 'https://example.org');
  const used = process.cpuUsage(cpuStart);
  cpu.push((used.user + used.system) / 1000);
  runs.push(performance.now() - started);
}
runs.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const { stats } = last!;
console.log(
  `${articles.length} articles, ${stats.facts.length} facts → ${stats.totals.length} yearly totals, ${stats.findings.length} findings. ` +
    `Statistics (buildStatistics + page views + open data rows): median ${runs[2].toFixed(0)} ms ` +
    `(runs ${runs.map((r) => r.toFixed(0)).join(', ')} ms), CPU time median ${cpu[2].toFixed(0)} ms; buildStatistics alone ${last!.ms.toFixed(0)} ms wall, ${last!.cpuMs.toFixed(0)} ms CPU.`,
);
