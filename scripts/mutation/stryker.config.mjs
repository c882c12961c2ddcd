// @ts-check
/**
 * Mutation testing (npm run mutation): StrykerJS plants small bugs in the pure modules and runs
 * their unit tests; a bug no test notices is a gap. Everything it writes stays under .bantin/
 * (git-ignored). Incremental: a re-run only tests the mutants whose code or tests changed.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'scripts/mutation/vitest.config.ts', related: true },
  // The pure modules: the domain, the content check's rules, the search helpers, the URL
  // scheme, the statistics and the counters. I/O wrappers are left to the integration tests.
  mutate: [
    'src/domain/**/*.ts',
    'src/check/**/*.ts',
    'src/search/facets.ts',
    'src/search/article-fields.ts',
    'src/search/about-names.ts',
    'src/schema/field-labels.ts',
    'src/urls.ts',
    'src/security/page-scan.ts',
    'src/security/sanitise-article.ts',
    'src/security/article-allowlist.ts',
    'src/analytics/**/*.ts',
    'src/statistics/**/*.ts',
    'public/js/search/search-state.js',
    'public/js/search/excerpt.js',
    'public/js/search/spelling.js',
    'public/js/search/search-parts.js',
    'src/search/search-parts.ts',
    'scripts/import/*.ts',
    'scripts/bench/preview-report.ts',
    'scripts/bench/preview-edits.ts',
    'src/site/page-cache-key.ts',
    'src/build/heap-limit.ts',
    'src/build/native-memory.ts',
    'src/content/lean-entries.ts',
    'src/content/live-store.ts',
    'src/content/astro-data-store.ts',
    '!scripts/import/import.ts',
    '!scripts/import/bench-import.ts',
    'scripts/editor/cms-config.ts',
    'scripts/editor/entry-file.ts',
    'scripts/editor/editor-page.ts',
    '!**/*.test.ts',
    '!src/check/read-content.ts',
    '!src/check/astro-integration.ts',
    // Starts a process and waits for it (its unit test runs the real child): what survives there is
    // fork's own defaults and an error text nobody reads, not behaviour.
    '!src/check/check-apart.ts',
    '!src/analytics/**/*-store.ts',
  ],
  ignorePatterns: ['dist', 'dist.next', 'dist.previous', '.bantin', 'node_modules', '.astro', 'test-results'],
  // Vitest never type-checks, so nothing needs "// @ts-nocheck"; and Stryker would write it into
  // the <script> of saved pages among the import fixtures, changing the pages under test.
  disableTypeChecks: false,
  coverageAnalysis: 'perTest',
  concurrency: 2,
  incremental: true,
  incrementalFile: '.bantin/mutation/incremental.json',
  tempDirName: '.bantin/mutation/tmp',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: '.bantin/mutation/report.html' },
  jsonReporter: { fileName: '.bantin/mutation/report.json' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 80, break: null },
  timeoutMS: 10_000,
};
