import { defineConfig } from 'vitest/config';

/** The unit tests only: mutation testing never builds the site or starts a browser. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/new/**/*.test.ts', 'scripts/mutation/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'scripts/bench/**'],
  },
});
