/** Shared by the site tests: the built portal, served on loopback, and its pages as text. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inject } from 'vitest';
import { serveStatic, type RunningServer } from '../../scripts/serve/static-server.ts';

export const distDir = () => inject('distDir');

/** The HTML of a built page, by URL path ("/nam/2022/"). */
export function readPage(urlPath: string): Promise<string> {
  const file = urlPath.endsWith('/') ? join(urlPath, 'index.html') : urlPath;
  return readFile(join(distDir(), file), 'utf8');
}

export function serveSite(): Promise<RunningServer> {
  return serveStatic(distDir());
}

export interface BuiltArticle {
  url: string;
  title: string;
  /** The text of the <article>, tags and the hidden search names (about-names.ts) removed, white space folded. */
  text: string;
  /** Year of the publication <time> in the article header. */
  year: string;
  /** Units linked in the article's header: its own and every one above it. */
  units: string[];
}

/** Every article page of the built site, as the build wrote it. */
export async function builtArticles(): Promise<BuiltArticle[]> {
  const folder = join(distDir(), 'bai-viet');
  const slugs = (await readdir(folder, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  const strip = (s: string) => s.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  return Promise.all(
    slugs.map(async (slug) => {
      const html = await readFile(join(folder, slug, 'index.html'), 'utf8');
      const article = html
        .slice(html.indexOf('<article'), html.lastIndexOf('</article>'))
        .replace(/<span[^>]*data-pagefind-meta="(places|about)"[^>]*>[^<]*<\/span>/g, '');
      const header = article.slice(0, article.indexOf('</header>'));
      return {
        url: `/bai-viet/${slug}/`,
        title: strip(article.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? ''),
        text: strip(article),
        year: header.match(/<time datetime="(\d{4})/)?.[1] ?? '',
        units: [...header.matchAll(/href="\/don-vi\/([^/"]+)\/"/g)].map((m) => m[1]),
      };
    }),
  );
}
