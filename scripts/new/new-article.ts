/**
 * npm run new -- "Tiêu đề bài viết" --unit gia-vien [--kind so-ket] [--author "Tên"]
 * Creates content/articles/<năm>/<tên-bài>/index.md as a draft and prints its path.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { newArticle } from './article-template.ts';
import { contentDir } from '../../src/config.ts';
import { closestMatch } from '../../src/domain/closest-match.ts';
import { ARTICLE_KINDS, type ArticleKind } from '../../src/schema/vocabulary.ts';
import { authoring as t } from '../../src/i18n/vi.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { unit: { type: 'string' }, kind: { type: 'string', default: 'tin-hoat-dong' }, author: { type: 'string', default: 'Ban biên tập' } },
});
const fail = (message: string) => {
  console.error(message);
  process.exit(1);
};

const title = positionals.join(' ').trim();
if (!title) fail(t.usage);
const dir = contentDir();
const units = (parseYaml(await readFile(join(dir, 'units.yaml'), 'utf8')) as Array<{ key: string; name: string }>) ?? [];
const unitKeys = units.map((u) => u.key);
if (!values.unit || !unitKeys.includes(values.unit)) {
  fail(t.unknownUnit(values.unit, closestMatch(values.unit ?? '', unitKeys), units.map((u) => `${u.key} (${u.name})`)));
}
if (!(ARTICLE_KINDS as readonly string[]).includes(values.kind!)) fail(t.unknownKind(values.kind!, ARTICLE_KINDS));

const articlesDir = join(dir, 'articles');
const taken = new Set<string>();
if (existsSync(articlesDir)) {
  for (const year of await readdir(articlesDir)) {
    for (const slug of await readdir(join(articlesDir, year)).catch(() => [])) taken.add(slug);
  }
}
const article = newArticle({
  title,
  unit: values.unit!,
  kind: values.kind as ArticleKind,
  author: values.author!,
  now: new Date(),
  takenSlugs: taken,
});
const file = join(dir, article.path);
await mkdir(dirname(file), { recursive: true });
// 'wx': never overwrite an existing article, whatever happens between the check and the write.
await writeFile(file, article.text, { flag: 'wx' });
console.log(t.created(file));
