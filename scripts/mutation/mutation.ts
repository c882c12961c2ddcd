/**
 * npm run mutation [-- [--force] <file or glob>…]
 * Runs StrykerJS over the pure modules (stryker.config.mjs), or only the files named, then
 * prints one line per module with its score (killed and timed-out mutants over all that ran)
 * and marks those under the 80 % the project asks of every pure module. Exit code 1 when one is
 * under. Not part of npm test: on two cores a full run takes minutes; incremental runs are quick.
 * Options (starting with --) go to Stryker as they are: `--force` tests every mutant again. It
 * matters for static mutants (module-level constants and regexes): incremental mode keeps their
 * earlier "survived" even after a new test would kill them, since no test is recorded as
 * covering them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { scoreByFile, formatScores, onlyFiles, MUTATION_TARGET } from './mutation-scores.ts';

const report = '.bantin/mutation/report.json';
rmSync(report, { force: true });
const options = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
const files = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const args = ['stryker', 'run', 'scripts/mutation/stryker.config.mjs', ...options, ...(files.length ? ['--mutate', files.join(',')] : [])];
const run = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (!existsSync(report)) {
  console.error('\nStryker wrote no report (.bantin/mutation/report.json): see its output above.');
  process.exit(run.status || 1);
}
const scores = onlyFiles(scoreByFile(JSON.parse(readFileSync(report, 'utf8'))), files);
console.log(`\n${formatScores(scores)}`);
console.log('HTML report: .bantin/mutation/report.html');
process.exit(scores.some((s) => s.score !== undefined && s.score < MUTATION_TARGET) ? 1 : 0);
