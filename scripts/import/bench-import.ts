/**
 * node scripts/import/bench-import.ts [--pages 1000] [--keep]
 * How long `npm run import` takes on a generated set of saved pages: the fixture pages
 * (tests/fixtures/import) repeated with other titles, dates and figures, HTML and copied text
 * alike, imported into a fresh content folder by the real command. Prints pages per second.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } } });
const count = Number(values.pages);
const fixtures = 'tests/fixtures/import';
const templates = ['html/so-ket-hai-lang.html', 'html/ninh-binh-so-ket.html', 'html/Lạng Sơn - chung sức cùng dân.html', 'text/tong-ket-dak-lak.txt', 'text/tong-ket-quang-tri-2017.txt'].map(
  (name) => ({ name, text: readFileSync(join(fixtures, name), 'utf8') }),
);

const root = mkdtempSync(join(tmpdir(), 'bantin-import-bench-'));
cpSync(join(fixtures, 'content'), join(root, 'content'), { recursive: true });
const pages = join(root, 'pages');
mkdirSync(pages);
for (let i = 0; i < count; i++) {
  const { name, text } = templates[i % templates.length];
  // Another title (so another slug), another day of the year and other figures per page.
  const day = (i % 28) + 1;
  const page = text
    .replace(/(sơ kết|tổng kết|chung sức)/i, `$1 lần ${i + 1}`)
    .replace(/\b(\d{1,2})\/(\d{2})\/(20\d{2})\b/, (_m, _d, month, year) => `${String(day).padStart(2, '0')}/${month}/${year}`)
    .replace(/(\d+) (nhà|suất|người|lượt|buổi)/g, (_m, n, noun) => `${Number(n) + (i % 97)} ${noun}`);
  writeFileSync(join(pages, `${i}-${name.replace('/', '-')}`), page);
}

const started = performance.now();
const run = spawnSync(process.execPath, ['scripts/import/import.ts', '--quiet', pages], {
  encoding: 'utf8',
  env: { ...process.env, BANTIN_CONTENT_DIR: join(root, 'content') },
});
const seconds = (performance.now() - started) / 1000;
const written = readdirSync(join(root, 'content/articles'), { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('index.md')).length;
console.log(run.stdout.trim().split('\n').at(-1));
console.log(`${count} pages → ${written} drafts in ${seconds.toFixed(1)} s (${(count / seconds).toFixed(0)} pages/s), exit code ${run.status}`);
if (run.status !== 0) console.error(run.stderr);
if (values.keep) console.log(`kept: ${root}`);
else rmSync(root, { recursive: true, force: true });
