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
  it('no file under src/ imports scripts/, and no shipped file imports tests/', () => {
    // Unit tests beside the code included: a test that needs a tool lives in tests/unit/. Unit
    // tests may read test fixtures and helpers; shipped code may not.
    const files = sourceFiles(join(root, 'src'));
    expect(files.length).toBeGreaterThan(50);
    const crossings = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(IMPORT)]
        .map((m) => relative(root, resolve(dirname(file), m[1])))
        .filter((target) => target.startsWith('scripts/') || (target.startsWith('tests/') && !file.endsWith('.test.ts')))
        .map((target) => `${relative(root, file)} → ${target}`),
    );
    expect(crossings).toEqual([]);
  });
});
