/** The content contract: collections and their schemas. The schemas themselves live in src/schemas/. */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { articleSchema } from './schemas/article.ts';
import { CATALOGUE_FILES, indicatorSchema, organisationSchema, unitSchema, type CatalogueName } from './schemas/catalogues.ts';
import { text } from './schemas/fields.ts';
import { articleSlugFromPath } from './content/article-path.ts';
import { contentDir } from './content/content-dir.ts';
import { join } from 'node:path';

const CONTENT = contentDir();

/** Catalogues are YAML lists of `{ key, … }`; Astro's file loader wants the key as `id`. */
const yamlList = (name: CatalogueName) =>
  file(join(CONTENT, CATALOGUE_FILES[name]), {
    parser: (text) => (parseYaml(text) as Array<{ key: string }>).map((item) => ({ id: item.key, ...item })),
  });

const articles = defineCollection({
  loader: glob({
    pattern: '*/*/index.{md,mdx}',
    base: join(CONTENT, 'articles'),
    generateId: ({ entry }) => articleSlugFromPath(entry),
  }),
  schema: ({ image }) => articleSchema({ ref: reference, image }),
});

export const collections = {
  articles,
  units: defineCollection({ loader: yamlList('units'), schema: unitSchema.extend({ id: text() }) }),
  organisations: defineCollection({ loader: yamlList('organisations'), schema: organisationSchema.extend({ id: text() }) }),
  indicators: defineCollection({ loader: yamlList('indicators'), schema: indicatorSchema.extend({ id: text() }) }),
};
