import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "tests/unit/**/*.test.ts"],
          exclude: ["scripts/bench/baseline-astro/**", "**/node_modules/**"],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // One built sample portal serves every file here (tests/setup/built-site.ts).
          globalSetup: ['tests/setup/built-site.ts'],
          // Files run one after another: with two cores, a browser and a build each want both.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
