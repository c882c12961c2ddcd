/**
 * Frontmatter read fast, with positions on demand. gray-matter splits the file; js-yaml (the
 * parser Astro itself uses) reads the data with the core schema, which keeps dates as written,
 * so "2022-02-30" reaches the schema as text and is reported instead of silently becoming
 * 2 March. Positions (for "file:line" in messages) and the text an author typed come from the
 * `yaml` package, which is about ten times slower: it only parses the files that need it —
 * those with an error to locate or a number written like "1.600".
 */
import matter from 'gray-matter';
import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { explainYamlSyntax, findYamlSlips, type YamlMistake } from './yaml-mistakes.ts';

export interface ParsedFrontmatter {
  data: unknown;
  body: string;
  /** 1-based line of the YAML node at a field path, or undefined. */
  lineOf: (path: ReadonlyArray<PropertyKey>) => number | undefined;
  /** The text the author typed, unquoted, at a field path ("1.600" before YAML made it 1.6). */
  sourceOf: (path: ReadonlyArray<PropertyKey>) => string | undefined;
  /** Whether some unquoted number is written with dots between groups of three digits. */
  hasDottedNumber: boolean;
  /** YAML that parses but not as meant: invisible characters, "value: 12,6 triệu" in { }… */
  slips: YamlMistake[];
}

export type FrontmatterResult =
  | { ok: true; frontmatter: ParsedFrontmatter }
  | { ok: false; reason: 'missing' }
  | ({ ok: false; reason: 'syntax' } & YamlMistake);

const passThrough = { yaml: { parse: () => ({}), stringify: () => '' } };
// After "key:", inside a flow list ("[2, 1.600]") or as a block list item ("- 1.600").
const DOTTED_NUMBER = /(?:[:[,]|^\s*-)\s*\d{1,3}(?:\.\d{3})+\s*(?:[,}\]#]|$)/m;

function positioned(yamlText: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  // gray-matter keeps the newline after the opening "---", so YAML line n is file line n.
  return { doc, line: (offset: number) => lineCounter.linePos(offset).line };
}

export function parseFrontmatter(source: string): FrontmatterResult {
  // A byte-order mark is no content (read-content.ts drops it already; other callers may not).
  const text = source.replace(/^\uFEFF/, '');
  if (!/^---\r?\n/.test(text)) return { ok: false, reason: 'missing' };
  // Split only: gray-matter's own YAML engine is bypassed (see above).
  const split = matter(text, { engines: passThrough as never });
  let data: unknown;
  try {
    data = load(split.matter, { schema: CORE_SCHEMA });
  } catch {
    return { ok: false, reason: 'syntax', ...yamlSyntaxMistake(split.matter) };
  }
  let cached: ReturnType<typeof positioned> | undefined;
  const nodeAt = (path: ReadonlyArray<PropertyKey>) => nodeAtPath((cached ??= positioned(split.matter)).doc, path);
  return {
    ok: true,
    frontmatter: {
      data: data ?? {},
      body: split.content,
      lineOf: (path) => {
        // A missing nested field points at its parent item; a missing top-level one has no line.
        const node = nodeAt(path) ?? (path.length > 1 ? nodeAt(path.slice(0, -1)) : undefined);
        return node?.range ? cached!.line(node.range[0]) : undefined;
      },
      sourceOf: (path) => {
        const node = nodeAt(path);
        return isScalar(node) && node.type === 'PLAIN' ? node.source : undefined;
      },
      hasDottedNumber: DOTTED_NUMBER.test(split.matter),
      slips: findYamlSlips(split.matter),
    },
  };
}

/**
 * Where a YAML text the parser refused goes wrong, and what to write: for frontmatter and
 * catalogues alike. js-yaml found the error; the `yaml` package says which kind and where.
 */
export function yamlSyntaxMistake(yamlText: string): YamlMistake {
  const { doc, line } = positioned(yamlText);
  // js-yaml refuses a few texts `yaml` accepts; the rules still find the line from the text alone.
  const first = doc.errors[0] ?? { code: 'UNKNOWN', pos: [yamlText.length], message: 'YAML' };
  return explainYamlSyntax(yamlText, { code: first.code, line: line(first.pos[0]), message: first.message.split('\n')[0] });
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
