import { defineConfig } from 'vitest/config';

/** The unit tests only: mutation testing never builds the site or starts a browser. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/new/**/*.test.ts', 'scripts/mutation/**/*.test.ts', 'scripts/import/**/*.test.ts', 'scripts/editor/**/*.test.ts', 'scripts/bench/preview-*.test.ts', 'tests/unit/**/*.test.ts'],
    // import.test.ts runs the command in child processes: the modules' own tests cover its logic.
    // The editor's local-backend test writes real files and runs the whole check: its pure parts
    // (entry-file.ts, cms-config.ts) have their own tests.
    exclude: ['**/node_modules/**', 'scripts/bench/!(preview-*).test.ts', 'scripts/bench/baseline-astro/**', 'scripts/import/import.test.ts', 'scripts/editor/local-backend.test.ts'],
  },
});
