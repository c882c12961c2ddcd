/**
 * npm run bench:analytics [-- --lines 1000000 --repeat 1]: the analytics job against GoAccess on
 * the same generated log, in the same run. Measures wall time, lines per second, CPU time and
 * the peak memory of each process tree, then a second run of the job on the same files (nothing
 * new: the figure cron pays every few minutes). GoAccess: `apt-get install -y goaccess`.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runMeasured, type MeasuredRun } from '../bench/run-measured.ts';
import { writeBenchSite } from './bench-site.ts';
import { writeAccessLog } from './write-access-log.ts';
import { ensureAnalyticsBundle } from './run-bundled.mjs';

const { values } = parseArgs({ options: { lines: { type: 'string', default: '1000000' }, repeat: { type: 'string', default: '1' } } });
const lines = Number(values.lines);
const repeat = Number(values.repeat);
const root = resolve(import.meta.dirname, '../..');
const work = join(root, '.bantin', `bench-analytics-${lines}`);
const site = join(work, 'site');
const log = join(work, 'access.log');
mkdirSync(work, { recursive: true });
if (!existsSync(join(site, 'index.html'))) writeBenchSite(site, 1000);
if (!existsSync(log)) {
  console.log(`Writing ${lines} lines to ${log}…`);
  await writeAccessLog(site, log, { lines, days: 30, end: Date.parse('2026-11-26T10:15:00+07:00') });
}
const logLines = Number((await runMeasured('wc', ['-l', log])).lines[0].text.trim().split(' ')[0]);
const megabytes = statSync(log).size / 1e6;

// The job runs as `npm run analytics` runs it, with the Node flags of that script (smaller heap
// steps: a third of the memory for a quarter more CPU), but without npm's own process around it.
const [, ...jobArgs] = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.analytics as string).split(' ');
const job = (state: string) => runMeasured(process.execPath, [...jobArgs.map((a) => (/\.m?[jt]s$/.test(a) ? join(root, a) : a)), '--site', site, '--state', state, log], { logFile: join(work, 'analytics.out') });
const goaccess = () => runMeasured('goaccess', [log, '--log-format=COMBINED', '-o', join(work, 'report.json')], { logFile: join(work, 'goaccess.out') });

// Built once before measuring, as cron's first run after an upgrade builds it.
await ensureAnalyticsBundle();

const median = (runs: MeasuredRun[], pick: (r: MeasuredRun) => number) => runs.map(pick).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
const ours: MeasuredRun[] = [];
const theirs: MeasuredRun[] = [];
const again: MeasuredRun[] = [];
for (let i = 0; i < repeat; i++) {
  const state = join(work, 'state.sqlite');
  for (const suffix of ['', '-wal', '-shm']) rmSync(state + suffix, { force: true });
  const first = await job(state);
  if (first.exitCode !== 0) throw new Error(`analytics failed:\n${first.lines.map((l) => l.text).join('\n')}`);
  ours.push(first);
  again.push(await job(state));
  const go = await goaccess();
  if (go.exitCode !== 0) throw new Error(`goaccess failed (apt-get install -y goaccess):\n${go.lines.map((l) => l.text).join('\n')}`);
  theirs.push(go);
}

const row = (name: string, runs: MeasuredRun[]) => {
  const wall = median(runs, (r) => r.wallMs);
  const cpu = median(runs, (r) => r.cpuMs ?? NaN);
  const peak = median(runs, (r) => r.peakProcessBytes ?? r.peakTreeBytes);
  return { name, wall, cpu, peak, rate: logLines / (wall / 1000) };
};
const results = [row('bantin analytics, first run', ours), row('GoAccess 1.7 --log-format=COMBINED -o report.json', theirs), row('bantin analytics, same files again', again)];
console.log(`\n${logLines} lines, ${megabytes.toFixed(0)} MB; median of ${repeat} run(s)\n`);
console.log('| run | wall | CPU (user+sys) | lines/s (wall) | peak memory |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of results) console.log(`| ${r.name} | ${(r.wall / 1000).toFixed(2)} s | ${(r.cpu / 1000).toFixed(2)} s | ${Math.round(r.rate).toLocaleString('en')} | ${(r.peak / 1e6).toFixed(0)} MB |`);
console.log(`\nthroughput ratio bantin/GoAccess: ${(results[0].rate / results[1].rate).toFixed(2)}x; memory ratio: ${(results[0].peak / results[1].peak).toFixed(2)}x`);
console.log(`\nLast report of the job:\n${ours.at(-1)!.lines.map((l) => l.text).join('\n')}`);
