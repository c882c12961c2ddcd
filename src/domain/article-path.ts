/**
 * Where an article lives: content/articles/<year>/<slug>/index.md(x). The folder name is the
 * slug (and so the URL); the year folder keeps a large archive browsable on disk.
 */
export interface ArticlePath {
  year: string;
  slug: string;
  extension: 'md' | 'mdx';
}

const ARTICLE_PATH = /(?:^|\/)([^/]+)\/([^/]+)\/index\.(mdx?)$/;

/** "2022/so-ket-6-thang/index.mdx" → { year: "2022", slug: "so-ket-6-thang", extension: "mdx" } */
export function parseArticlePath(path: string): ArticlePath | null {
  const match = ARTICLE_PATH.exec(path.replace(/\\/g, '/'));
  if (!match) return null;
  return { year: match[1], slug: match[2], extension: match[3] as 'md' | 'mdx' };
}

export function articleSlugFromPath(path: string): string {
  const parsed = parseArticlePath(path);
  if (!parsed) throw new Error(`Not an article path: ${path}`);
  return parsed.slug;
}
