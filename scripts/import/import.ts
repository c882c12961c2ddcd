/**
 * npm run import -- [--out content/articles] [--unit <key>] <files or folders…>
 * Turns old portal pages (saved HTML, or text copied from the browser) into draft articles.
 * The logic is in import-page.ts; this only reads, finds photos and writes. An existing article
 * is never overwritten: each one is written beside its final name, then linked into place
 * (link fails if the name is taken), so a crash never leaves half a file.
 */
import { constants, existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { contentDir } from '../../src/config.ts';
import { readIndicatorCatalogue } from '../../src/check/figure-warnings.ts';
import { importer as t } from '../../src/i18n/vi.ts';
import { importPage, type Catalogues } from './import-page.ts';
import { decodePage, findPhotoBeside, listInputFiles } from './input-files.ts';

const started = performance.now();
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, unit: { type: 'string' }, quiet: { type: 'boolean', default: false } },
});
if (positionals.length === 0) {
  console.error(t.usage);
  process.exit(1);
}
const dir = contentDir();
const outDir = resolve(values.out ?? join(dir, 'articles'));
const readCatalogue = async (name: string) => {
  const path = join(dir, name);
  return existsSync(path) ? await readFile(path, 'utf8') : '[]';
};
const asList = (text: string) => {
  const items = parseYaml(text) as unknown;
  return Array.isArray(items) ? items : [];
};
const catalogues: Catalogues = {
  units: asList(await readCatalogue('units.yaml')),
  organisations: asList(await readCatalogue('organisations.yaml')),
  indicators: readIndicatorCatalogue(await readCatalogue('indicators.yaml')),
};
if (values.unit && !catalogues.units.some((u) => u.key === values.unit)) {
  console.error(t.unknownUnit(values.unit));
  process.exit(1);
}

for (const path of positionals) {
  if (!existsSync(path)) {
    console.error(t.notFound(path));
    process.exit(1);
  }
}
const files = await listInputFiles(positionals);

// Slugs already taken in any year, and the fingerprints of articles imported before.
const taken = new Map<string, string>();
if (existsSync(outDir)) {
  for (const year of await readdir(outDir)) {
    const yearDir = join(outDir, year);
    if (!(await stat(yearDir)).isDirectory()) continue;
    for (const slug of await readdir(yearDir)) taken.set(slug, join(yearDir, slug));
  }
}
const fingerprints = new Map<string, string>();
for (const folder of taken.values()) {
  const index = ['index.md', 'index.mdx'].map((n) => join(folder, n)).find(existsSync);
  const text = index ? await readFile(index, 'utf8') : '';
  const note = /\(mã ([0-9a-f]{12})\) -->\s*$/.exec(text);
  if (note) fingerprints.set(note[1], index!);
}

const show = (path: string) => relative(process.cwd(), path) || path;
let written = 0, skipped = 0, failed = 0;
for (const file of files) {
  let text: string;
  try {
    text = decodePage(await readFile(file));
  } catch (error) {
    console.log(t.reportFailed(show(file), t.unreadable((error as Error).message)));
    failed++;
    continue;
  }
  const result = importPage({
    fileName: basename(file),
    text,
    catalogues,
    findPhoto: (src) => findPhotoBeside(file, src),
    defaultUnit: values.unit,
  });
  if (!result.ok) {
    console.log(t.reportFailed(show(file), result.reason));
    failed++;
    continue;
  }
  const before = fingerprints.get(result.fingerprint);
  if (before) {
    console.log(t.reportSkipped(show(file), show(before)));
    skipped++;
    continue;
  }
  let slug = result.slug;
  for (let n = 2; taken.has(slug); n++) slug = `${result.slug}-${n}`;
  const folder = join(outDir, String(result.year), slug);
  await mkdir(folder, { recursive: true });
  for (const photo of result.photos) await copyFile(photo.from, join(folder, photo.name), constants.COPYFILE_EXCL);
  const target = join(folder, 'index.md');
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, result.text);
  try {
    await link(temporary, target);
  } finally {
    await rm(temporary, { force: true });
  }
  taken.set(slug, folder);
  fingerprints.set(result.fingerprint, target);
  written++;
  console.log(t.reportWritten(show(file), show(target)));
  if (!values.quiet) {
    console.log(t.extracted(result.report.extracted));
    if (result.report.guessed.length > 0) console.log(t.guessed(result.report.guessed));
    if (result.report.uncertain.length > 0) console.log(t.uncertain(result.report.uncertain));
  }
}
console.log(t.summary(written, skipped, failed, ((performance.now() - started) / 1000).toFixed(1)));
process.exit(failed > 0 && written === 0 && skipped === 0 ? 1 : 0);

