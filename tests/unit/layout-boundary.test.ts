/**
 * The line between the portal and the tools around it: src/ is what the portal ships and its
 * build needs, scripts/ the tools (bench, quality gates, server, importer…). Tools may import
 * src/, never the reverse, so a tool can never end up inside a build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs|js|astro)$/.test(entry.name) ? [path] : [];
  });
}

const IMPORT = /(?:from\s*|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

describe('layout', () => {
  it('no file under src/ imports from scripts/ or tests/', () => {
    // Unit tests beside the code are not shipped; they may borrow a tool (the seeded random source).
    const shipped = sourceFiles(join(root, 'src')).filter((file) => !file.endsWith('.test.ts'));
    expect(shipped.length).toBeGreaterThan(50);
    const crossings = shipped.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(IMPORT)]
        .map((m) => relative(root, resolve(dirname(file), m[1])))
        .filter((target) => target.startsWith('scripts/') || target.startsWith('tests/'))
        .map((target) => `${relative(root, file)} → ${target}`),
    );
    expect(crossings).toEqual([]);
  });
});
