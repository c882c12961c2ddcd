/**
 * npm run new -- "Tiêu đề bài viết" --unit gia-vien [--kind so-ket] [--author "Tên"] [--copy]
 * Creates content/articles/<năm>/<tên-bài>/index.md as a draft and prints its path. Every
 * problem (unknown option, unit, kind; an article with this title already there) is one
 * Vietnamese message and exit code 1, never a stack trace.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { existingArticle, newArticle } from './article-template.ts';
import { parseNewArticleArgs } from './new-article-args.ts';
import { contentDir } from '../../src/config.ts';
import { closestMatch } from '../../src/domain/closest-match.ts';
import { ARTICLE_KINDS, type ArticleKind } from '../../src/schema/vocabulary.ts';
import { authoring as t } from '../../src/i18n/vi.ts';
import { decodeSource } from '../../src/check/text-encoding.ts';
import { displayPath } from '../../src/check/content-error.ts';

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const args = parseNewArticleArgs(process.argv.slice(2));
if (!args.ok) {
  if (args.help) {
    console.log(args.message);
    process.exit(0);
  }
  fail(args.message);
}
const request = (args as Extract<typeof args, { ok: true }>).request;
const dir = contentDir();
const show = (path: string) => displayPath(process.cwd(), path);

const unitsFile = join(dir, 'units.yaml');
const units = await readUnits(unitsFile);
const unitKeys = units.map((u) => u.key);
if (!request.unit || !unitKeys.includes(request.unit)) {
  fail(t.unknownUnit(request.unit, closestMatch(request.unit ?? '', unitKeys), units.map((u) => `${u.key} (${u.name})`)));
}
if (!(ARTICLE_KINDS as readonly string[]).includes(request.kind)) fail(t.unknownKind(request.kind, ARTICLE_KINDS));

const articlesDir = join(dir, 'articles');
const taken = new Map<string, string>();
if (existsSync(articlesDir)) {
  for (const year of await readdir(articlesDir)) {
    for (const slug of await readdir(join(articlesDir, year)).catch(() => [])) taken.set(slug, join(articlesDir, year, slug));
  }
}
const existing = existingArticle(request.title, taken);
if (existing && !request.copy) {
  const file = ['index.md', 'index.mdx'].map((name) => join(existing, name)).find(existsSync) ?? existing;
  fail(t.alreadyExists(show(file)));
}
const article = newArticle({
  title: request.title,
  unit: request.unit!,
  kind: request.kind as ArticleKind,
  author: request.author,
  now: new Date(),
  takenSlugs: new Set(taken.keys()),
});
const file = join(dir, article.path);
await mkdir(dirname(file), { recursive: true });
// 'wx': never overwrite an existing article, whatever happens between the check and the write.
await writeFile(file, article.text, { flag: 'wx' });
console.log(t.created(show(file)));

async function readUnits(path: string): Promise<Array<{ key: string; name: string }>> {
  try {
    const decoded = decodeSource(await readFile(path));
    const list = parseYaml(decoded.text) as unknown;
    if (!Array.isArray(list)) throw new Error('not a list');
    return list.filter((u): u is { key: string; name: string } => typeof u?.key === 'string');
  } catch {
    return fail(t.unitsUnreadable(show(path)));
  }
}
