/**
 * Frontmatter read with positions, so messages can point at a line. gray-matter splits the file;
 * the `yaml` package parses it with the YAML 1.2 core schema, which (unlike Astro's parser) keeps
 * dates as written, so "2022-02-30" reaches the schema as text and is reported instead of
 * silently becoming 2 March.
 */
import matter from 'gray-matter';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

export interface ParsedFrontmatter {
  data: unknown;
  body: string;
  /** 1-based line of the YAML node at a field path, or undefined. */
  lineOf: (path: ReadonlyArray<PropertyKey>) => number | undefined;
  /** The text the author typed, unquoted, at a field path ("1.600" before YAML made it 1.6). */
  sourceOf: (path: ReadonlyArray<PropertyKey>) => string | undefined;
}

export type FrontmatterResult =
  | { ok: true; frontmatter: ParsedFrontmatter }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'syntax'; line?: number; detail: string };

const passThrough = { yaml: { parse: () => ({}), stringify: () => '' } };

export function parseFrontmatter(text: string): FrontmatterResult {
  if (!/^---\r?\n/.test(text)) return { ok: false, reason: 'missing' };
  // Split only: gray-matter's own YAML engine is bypassed so the document keeps its positions.
  const split = matter(text, { engines: passThrough as never });
  const lineCounter = new LineCounter();
  const doc = parseDocument(split.matter, { lineCounter, prettyErrors: false });
  // gray-matter keeps the newline after the opening "---", so YAML line n is file line n.
  const fileLine = (offset: number) => lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    return { ok: false, reason: 'syntax', line: fileLine(first.pos[0]), detail: first.message.split('\n')[0] };
  }
  const nodeAt = (path: ReadonlyArray<PropertyKey>) => nodeAtPath(doc, path);
  return {
    ok: true,
    frontmatter: {
      data: doc.toJS() ?? {},
      body: split.content,
      lineOf: (path) => {
        // A missing nested field points at its parent item; a missing top-level one has no line.
        const node = nodeAt(path) ?? (path.length > 1 ? nodeAt(path.slice(0, -1)) : undefined);
        return node?.range ? fileLine(node.range[0]) : undefined;
      },
      sourceOf: (path) => {
        const node = nodeAt(path);
        return isScalar(node) && node.type === 'PLAIN' ? node.source : undefined;
      },
    },
  };
}

type Node = ReturnType<Document['getIn']> & { range?: [number, number, number] };

function nodeAtPath(doc: Document, path: ReadonlyArray<PropertyKey>): Node | undefined {
  let node: unknown = doc.contents;
  for (const part of path) {
    if (isMap(node)) node = node.get(String(part), true);
    else if (isSeq(node) && typeof part === 'number') node = node.get(part, true);
    else return undefined;
  }
  return node as Node | undefined;
}
