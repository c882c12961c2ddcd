/** The content contract: collections and their schemas. The schemas themselves live in src/schemas/. */
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { articleSchema } from './schema/article.ts';
import { CATALOGUE_FILES, indicatorSchema, organisationSchema, unitSchema, type CatalogueName } from './schema/catalogues.ts';
import { text } from './schema/fields.ts';
import { articleSlugFromPath } from './domain/article-path.ts';
import { contentDir } from './config.ts';
import { withLeanEntries } from './content/lean-entries.ts';
import { join } from 'node:path';

const CONTENT = contentDir();

/** Catalogues are YAML lists of `{ key, … }`; Astro's file loader wants the key as `id`. */
const yamlList = (name: CatalogueName) =>
  file(join(CONTENT, CATALOGUE_FILES[name]), {
    parser: (text) => (parseYaml(text) as Array<{ key: string }>).map((item) => ({ id: item.key, ...item })),
  });

/**
 * Astro calls a schema function once per entry, to hand it that entry's image(). Building the
 * whole article schema each time cost more than parsing with it (1.3 s per 1 000 articles against
 * 0.3 s, npm run bench), so it is built once and only the photo field is swapped in per entry.
 */
const articleFields = articleSchema({ ref: reference, image: () => z.unknown() });

const articles = defineCollection({
  loader: withLeanEntries(glob({
    pattern: '*/*/index.{md,mdx}',
    base: join(CONTENT, 'articles'),
    generateId: ({ entry }) => articleSlugFromPath(entry),
    // Pages render the stored HTML (or the MDX module); nothing reads the raw Markdown again.
    // Keeping it made the data store a third larger, and every build imports the store whole.
    retainBody: false,
  })),
  schema: ({ image }) => articleFields.safeExtend({ cover: image().optional() }),
});

export const collections = {
  articles,
  units: defineCollection({ loader: yamlList('units'), schema: unitSchema.extend({ id: text() }) }),
  organisations: defineCollection({ loader: yamlList('organisations'), schema: organisationSchema.extend({ id: text() }) }),
  indicators: defineCollection({ loader: yamlList('indicators'), schema: indicatorSchema.extend({ id: text() }) }),
};
