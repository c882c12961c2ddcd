import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = `${process.env.BANTIN_CONTENT_DIR ?? '../../../content'}/articles`;

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*/*/index.{md,mdx}', base, generateId: ({ entry }) => entry.replace(/\/index\.mdx?$/, '') }),
  }),
};
