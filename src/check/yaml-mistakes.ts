/**
 * The YAML mistakes staff make, found in the frontmatter's lines and said in Vietnamese with
 * what to write. The parser reports where it gave up, often lines later ("Missing closing quote"
 * at the end of the file); these rules look for the line where the mistake is, or the first line
 * it can be, and name the field on it.
 *
 * Two kinds: syntax (only asked when the parser failed) and slips that parse but do not mean
 * what the author meant (an invisible character in a field name, "value: 12,6 triệu" inside
 * `{ }`, Word's curly quotes around a date): those are checked on every file.
 */
import { parseVietnameseNumber } from '../domain/vietnamese-number.ts';
import { yamlMistakes as m } from '../i18n/vi.ts';

export interface YamlMistake {
  /** 1-based line in the text given (the file's line: the frontmatter starts at line 1). */
  line: number;
  /** "indicators[0].value"; empty when the line names no field. */
  field: string;
  message: string;
}

/** What the parser said: its error code and the line it points at. */
export interface ParserError {
  code: string;
  line: number;
  message: string;
}

interface Line {
  number: number;
  text: string;
  /** Columns of leading spaces (tabs count as one). */
  indent: number;
  /** "  - key: value" → "key"; undefined when the line has no `name:`. */
  key?: string;
  /** What follows "name: ", as written. */
  value?: string;
  /** Starts a list item ("- "). */
  item: boolean;
  /** Column where the key starts: after the "- " of an item. */
  keyColumn?: number;
}

const KEY_LINE = /^(\s*)(-\s+)?([^\s:#'"{[\-][^:#]*?)\s*:(?:[ \t]+(.*?))?\s*$/u;

function readLines(text: string): Line[] {
  return text.split(/\r?\n/).map((raw, index) => {
    const match = KEY_LINE.exec(raw);
    const indent = /^[ \t]*/.exec(raw)![0].length;
    const item = /^\s*-(\s|$)/.test(raw);
    // "title:Hội nghị" is no field to YAML, but it is the field the author meant.
    const bare = /^\s*(?:-\s+)?([A-Za-z]\w*):/.exec(raw)?.[1];
    if (!match) return { number: index + 1, text: raw, indent, item, key: bare };
    return { number: index + 1, text: raw, indent, key: match[3], value: match[4] ?? '', item, keyColumn: match[1].length + (match[2]?.length ?? 0) };
  });
}

const isBlank = (line: Line) => /^\s*(#.*)?$/.test(line.text);

/**
 * The field on a line as the check names it: "summary", "indicators[1].value", "period.from".
 * Walks up through the lines above to the top-level field, counting list items on the way.
 */
export function fieldAtLine(text: string, lineNumber: number, inFlow?: string | null): string {
  const lines = readLines(text);
  const target = lines[lineNumber - 1];
  if (!target) return '';
  // In "- { key: a, value: 5 }" the field is the one the caller names (null: the item itself).
  const flowKey = inFlow === undefined ? target.text.match(/[{,]\s*([A-Za-z]\w*)\s*:/)?.[1] : inFlow;
  const parts: string[] = [];
  const own = target.key && !target.key.startsWith('{') ? target.key : flowKey;
  if (own) parts.push(own);
  // "period: { from: …, to: … }": the field asked for is inside the key's own { }.
  if (own === target.key && typeof inFlow === 'string' && target.value?.startsWith('{')) parts.push(inFlow);
  let indent = target.indent + (target.item ? 1 : 0);
  for (let i = lineNumber - 2; i >= 0 && indent > 0; i--) {
    const line = lines[i];
    if (isBlank(line) || line.indent >= indent) continue;
    // A parent opens a block ("period:", "indicators:", "- period:" whose fields sit right of
    // its key); "author: b" above "- x" is a sibling.
    if (line.key !== undefined && line.value === '' && (!line.item || line.keyColumn! < indent)) {
      parts.unshift(line.key);
      indent = line.indent;
    }
  }
  const [top, ...rest] = parts;
  // A catalogue is a list at the top: its fields are "[2].name".
  const topItem = topLevelItem(lines, lineNumber);
  if (topItem !== undefined) return [`[${topItem}]`, ...parts].join('.').replace('].', ']').replace(/^\[(\d+)\]/, '[$1].').replace(/\.$/, '');
  if (top === undefined) return '';
  const index = listIndex(lines, lineNumber, top);
  return [index === undefined ? top : `${top}[${index}]`, ...rest].join('.');
}

/** Which item of a list at the top of the text (a catalogue) a line is in; undefined for a mapping. */
function topLevelItem(lines: Line[], lineNumber: number): number | undefined {
  // Only a text that is a list from its first line: a stray "- " in a frontmatter is no item.
  if (!lines.find((l) => !isBlank(l))?.item) return undefined;
  let start = lineNumber - 1;
  while (start >= 0 && (isBlank(lines[start]) || lines[start].indent > 0)) start--;
  if (start < 0 || !lines[start].item) return undefined;
  return lines.slice(0, start + 1).filter((l) => l.item && l.indent === 0).length - 1;
}

/** Which item of a top-level list a line belongs to, counting the "- " lines above it. */
function listIndex(lines: Line[], lineNumber: number, top: string): number | undefined {
  let items = -1;
  for (let i = lineNumber - 1; i >= 0; i--) {
    const line = lines[i];
    if (line.indent === 0 && line.key === top) return items >= 0 ? items : undefined;
    if (line.item && i < lineNumber) items++;
    if (line.indent === 0 && !isBlank(line) && line.key !== undefined && line.key !== top) return undefined;
  }
  return undefined;
}

// ---- Syntax -----------------------------------------------------------------------------

type Rule = (lines: Line[], error: ParserError) => { line: Line; message: string; inFlow?: string | null } | undefined;

const quoteOpensUnclosed = (value: string) => {
  const quote = value[0];
  if (quote !== '"' && quote !== "'") return false;
  const rest = quote === '"' ? value.slice(1).replace(/\\./g, '') : value.slice(1).replace(/''/g, '');
  return !rest.includes(quote);
};

const RULES: Rule[] = [
  // Tabs: YAML forbids them in indentation, and the parser stops on the first one.
  (lines) => {
    const line = lines.find((l) => /^ *\t/.test(l.text));
    return line && { line, message: m.tabIndent, inFlow: line.text.includes('{') ? null : undefined };
  },
  (lines) => {
    const line = lines.find((l) => l.value !== undefined && quoteOpensUnclosed(l.value));
    return line && { line, message: m.unclosedQuote(line.value![0], `${line.key}: ${line.value}${line.value![0]}`) };
  },
  (lines) => {
    const index = lines.findIndex((l) => l.value !== undefined && /^\[\s*\]$/.test(l.value));
    if (index < 0) return undefined;
    const next = lines.slice(index + 1).find((l) => !isBlank(l));
    const line = lines[index];
    return next && next.item && next.indent >= line.indent ? { line, message: m.itemsUnderEmptyList(line.key!) } : undefined;
  },
  // "title: "Lính" cụ Hồ": a quoted value followed by more text.
  (lines) => {
    const line = lines.find((l) => l.value !== undefined && /^(["'])(?:(?!\1).)*\1\s*[^\s#]/u.test(l.value));
    if (!line) return undefined;
    const value = line.value!.replace(/"([^"]*)"/g, '“$1”');
    return { line, message: m.quoteThenText(`${line.key}: "${value}"`) };
  },
  // A colon in a value: YAML reads the text before it as a field name. Word's curly quotes,
  // which look like quoting, do not count as quotes in YAML.
  (lines) => {
    const line = lines.find((l) => l.value !== undefined && !/^["'[{|>]/.test(l.value) && /:(\s|$)/.test(l.value));
    if (!line) return undefined;
    const curly = /^[“”„‘’«]/.test(line.value!);
    const inner = (curly ? line.value!.replace(/^[“”„‘’«]\s*|\s*[“”‘’»]$/g, '') : line.value!).replace(/"/g, '\\"');
    return { line, message: m.colonInValue(line.key!, `${line.key}: "${inner}"`, curly) };
  },
  // "title:Hội nghị", or a no-break space after the colon: YAML needs an ordinary space there.
  (lines) => {
    const line = lines.find((l) => /^\s*(-\s+)?[A-Za-z]\w*:(?:[^\s/]|[\u00a0\u202f\u2000-\u200a\u3000])/u.test(l.text));
    if (!line) return undefined;
    const [, key, rest] = line.text.trim().replace(/^-\s+/, '').match(/^(\w+):(.*)$/u)!;
    const nbsp = /^[\u00a0\u202f\u2000-\u200a\u3000]/.test(rest);
    return { line, message: m.spaceAfterColon(key, `${key}: ${rest.replace(/^[\u00a0\u202f\u2000-\u200a\u3000]+/, '')}`, nbsp) };
  },
  // A value that starts with a sign YAML reserves ("[", "*", "&", "!", "@", "`", "%").
  (lines, error) => {
    const line = lines[error.line - 1];
    if (!line?.value || !/^[[{*&!@`%]/.test(line.value) || error.code !== 'UNEXPECTED_TOKEN') return undefined;
    return { line, message: m.reservedStart(line.value[0], `${line.key}: "${line.value.replace(/"/g, '\\"')}"`) };
  },
  // "- { key: a, value: 5" or "tags: [a, b": a bracket opened and never closed on its line.
  (lines) => {
    const count = (text: string, char: string) => text.split(char).length - 1;
    const line = lines.find((l) => count(l.text, '{') > count(l.text, '}') || count(l.text, '[') > count(l.text, ']'));
    if (!line) return undefined;
    const brace = count(line.text, '{') > count(line.text, '}');
    return { line, message: brace ? m.unclosedBrace : m.unclosedBracket, inFlow: brace ? null : undefined };
  },
  (lines, error) => {
    if (error.code !== 'DUPLICATE_KEY') return undefined;
    const line = lines[error.line - 1];
    const first = line && lines.find((l) => l.key === line.key && l.indent === line.indent);
    return line && first && { line, message: m.duplicateField(line.key!, first.number) };
  },
  (lines) => {
    const line = misalignedLine(lines);
    return line && { line, message: m.badIndent };
  },
];

/**
 * A line indented to a column no open block has: deeper than its neighbour without a parent
 * line ("key:" or "- ") above it, or between two levels.
 */
function misalignedLine(lines: Line[]): Line | undefined {
  const open: number[] = [0];
  let previous: Line | undefined;
  for (const line of lines) {
    if (isBlank(line) || /^---\s*$/.test(line.text)) continue;
    const opensBlock = previous !== undefined && (previous.value === '' || /^\s*-\s*$/.test(previous.text));
    const itemColumn = previous?.item ? previous.indent + 2 : -1;
    if (line.indent > open[open.length - 1]) {
      if (!opensBlock && line.indent !== itemColumn) return line;
      open.push(line.indent);
    } else {
      while (open.length > 1 && line.indent < open[open.length - 1]) open.pop();
      if (line.indent !== open[open.length - 1]) return line;
    }
    if (line.item) open.push(line.indent + 2);
    previous = line;
  }
  return undefined;
}

/**
 * The mistake behind a YAML syntax error, at its line; or the parser's line with a generic
 * message. The message is a clause, for the caller to put after "frontmatter" or "catalogue".
 */
export function explainYamlSyntax(text: string, error: ParserError): YamlMistake {
  const lines = readLines(text);
  for (const rule of RULES) {
    const found = rule(lines, error);
    if (found) return { line: found.line.number, field: fieldAtLine(text, found.line.number, found.inFlow), message: found.message };
  }
  return { line: error.line, field: fieldAtLine(text, error.line), message: m.unknownSyntax(error.message) };
}

// ---- Slips that parse -------------------------------------------------------------------

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/u;
const ODD_SPACE = /[\u00a0\u202f\u2000-\u200a\u3000]/u;
const INVISIBLE_NAMES: Record<string, string> = {
  '\u200b': 'dấu cách rộng bằng không (U+200B)',
  '\u200c': 'ký tự nối ẩn (U+200C)',
  '\u200d': 'ký tự nối ẩn (U+200D)',
  '\u2060': 'ký tự nối ẩn (U+2060)',
  '\ufeff': 'dấu BOM (U+FEFF) giữa tệp',
  '\u00ad': 'dấu gạch nối ẩn (U+00AD)',
};
/** Fields whose value is free text: curly quotes there may be the author's own. */
const TEXT_FIELDS = new Set(['title', 'summary', 'author', 'source', 'coverAlt', 'note', 'label', 'name', 'short']);

/** Mistakes in YAML that parses: each found on its own line. */
export function findYamlSlips(text: string): YamlMistake[] {
  const found: YamlMistake[] = [];
  const at = (line: Line, message: string, inFlow?: string) =>
    found.push({
      line: line.number,
      // The field as the author meant it, without the character that hides in its name.
      field: fieldAtLine(text, line.number, inFlow).replace(new RegExp(`${INVISIBLE.source}|${ODD_SPACE.source}`, 'gu'), ''),
      message: message[0].toUpperCase() + message.slice(1),
    });
  for (const line of readLines(text)) {
    const invisible = INVISIBLE.exec(line.text)?.[0];
    if (invisible) {
      at(line, m.invisibleCharacter(INVISIBLE_NAMES[invisible]));
      continue;
    }
    const head = line.text.slice(0, line.text.indexOf(':') + 1);
    if (line.key !== undefined && ODD_SPACE.test(head + (line.text.slice(head.length).match(/^\s*/)?.[0] ?? ''))) {
      at(line, m.oddSpaceInName(line.key.replace(ODD_SPACE, '').trim()));
      continue;
    }
    for (const match of line.text.matchAll(/[{,]\s*value:\s*(-?\d[\d.]*,\d[^,{}]*)/gu)) {
      const number = parseVietnameseNumber(match[1]);
      at(line, m.commaInFlowFigure(match[1].trim(), number), 'value');
    }
    if (line.key && !TEXT_FIELDS.has(line.key) && line.value && /^[“”„‘’«].*[“”‘’»]$/u.test(line.value)) {
      at(line, m.curlyQuotes(`${line.key}: "${line.value.slice(1, -1)}"`));
    }
  }
  return found;
}
