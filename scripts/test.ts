/**
 * npm test — every suite (unit, built-site integration, browser) through vitest, then one plain
 * closing line, "N passed, M failed", so a CI log is readable at a glance.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const report = '.bantin/test-report.json';
mkdirSync('.bantin', { recursive: true });
// A report left by an earlier run must never stand in for this one.
rmSync(report, { force: true });
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const focused = process.argv.length > 2;

// The type check (TypeScript strict, .astro files included) counts as one test in the summary.
// Skipped when the run is narrowed to some tests (`npm test -- tests/unit`).
const typecheck = focused ? undefined : spawnSync('npx', ['astro', 'check'], { stdio: 'inherit', env });

const run = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit', env },
);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed = result.numPassedTests;
  // A file that fails before any test runs (an import error, a setup that throws) counts once.
  const brokenFiles = result.testResults.filter(
    (file: { status: string; assertionResults: Array<{ status: string }> }) =>
      file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed'),
  ).length;
  failed = result.numFailedTests + brokenFiles;
  skipped = result.numPendingTests + result.numTodoTests;
} catch {
  failed = Math.max(1, failed);
}
if (typecheck) {
  if (typecheck.status === 0) passed++;
  else {
    failed++;
    console.error('\nType check (astro check) failed: see the errors above.');
  }
}
const exitCode = run.status === 0 && failed === 0 ? 0 : 1;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(exitCode);
