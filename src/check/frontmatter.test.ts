import { describe, expect, it } from 'vitest';
import { parseFrontmatter, yamlSyntaxMistake } from './frontmatter.ts';
import { yamlMistakes as m } from '../i18n/vi.ts';

const file = (...lines: string[]) => lines.join('\n');

function parsed(source: string) {
  const result = parseFrontmatter(source);
  if (!result.ok) throw new Error(`expected frontmatter, got ${JSON.stringify(result)}`);
  return result.frontmatter;
}

describe('reading the frontmatter', () => {
  it('reads the fields and the body after the closing ---', () => {
    const fm = parsed(file('---', 'title: Hội nghị', 'unit: ninh-binh', '---', 'Nội dung bài.'));
    expect(fm.data).toEqual({ title: 'Hội nghị', unit: 'ninh-binh' });
    expect(fm.body).toBe('Nội dung bài.');
    expect(fm.slips).toEqual([]);
    expect(fm.hasDottedNumber).toBe(false);
  });

  it('accepts a file saved with Windows line endings (CRLF)', () => {
    const fm = parsed('---\r\ntitle: a\r\nperiod:\r\n  from: "2022-01-01"\r\n---\r\nBody\r\n');
    expect(fm.data).toEqual({ title: 'a', period: { from: '2022-01-01' } });
    expect(fm.lineOf(['period', 'from'])).toBe(4);
  });

  it('drops a byte-order mark before the opening ---', () => {
    const fm = parsed('\uFEFF---\ntitle: a\n---\nBody');
    expect(fm.data).toEqual({ title: 'a' });
    expect(fm.body).toBe('Body');
  });

  it('keeps a BOM that is not at the very start as content (no frontmatter then)', () => {
    expect(parseFrontmatter('\n\uFEFF---\ntitle: a\n---\n')).toEqual({ ok: false, reason: 'missing' });
  });

  it('drops only the mark at the start: one inside a field is reported as an invisible character', () => {
    const fm = parsed('---\ntitle: a\nun\uFEFFit: b\n---\n');
    expect(fm.slips).toEqual([{ line: 3, field: 'unit', message: 'D' + m.invisibleCharacter('dấu BOM (U+FEFF) giữa tệp').slice(1) }]);
  });

  it('says the frontmatter is missing when the file does not start with ---', () => {
    expect(parseFrontmatter('title: a\n---\nBody')).toEqual({ ok: false, reason: 'missing' });
    expect(parseFrontmatter(' ---\ntitle: a\n---\n')).toEqual({ ok: false, reason: 'missing' });
    expect(parseFrontmatter('---title: a\n---\n')).toEqual({ ok: false, reason: 'missing' });
    expect(parseFrontmatter('')).toEqual({ ok: false, reason: 'missing' });
  });

  it('gives empty data for an empty frontmatter', () => {
    expect(parsed(file('---', '---', 'Body')).data).toEqual({});
  });

  it('keeps a date as written, so an impossible date reaches the schema as text', () => {
    const fm = parsed(file('---', 'date: 2022-02-30', 'published: 2022-03-01', '---', ''));
    expect(fm.data).toEqual({ date: '2022-02-30', published: '2022-03-01' });
  });
});

describe('the line of a field', () => {
  const fm = parsed(
    file('---', 'title: a', 'period:', '  from: "2022-01-01"', 'indicators:', '  - key: a', '    value: 5', '  - key: b', '---', 'Body'),
  );

  it('is the file line of the field, nested fields and list items included', () => {
    expect(fm.lineOf(['title'])).toBe(2);
    expect(fm.lineOf(['period'])).toBe(4);
    expect(fm.lineOf(['period', 'from'])).toBe(4);
    expect(fm.lineOf(['indicators', 1, 'key'])).toBe(8);
    expect(fm.lineOf(['indicators', 0, 'value'])).toBe(7);
  });

  it('points a missing nested field at its parent item, and a missing top-level field nowhere', () => {
    expect(fm.lineOf(['indicators', 1, 'value'])).toBe(8);
    expect(fm.lineOf(['period', 'to'])).toBe(4);
    expect(fm.lineOf(['summary'])).toBeUndefined();
  });

  it('has no line for a path through a value that is no list or mapping', () => {
    expect(fm.lineOf(['title', 'x', 'y'])).toBeUndefined();
    expect(fm.lineOf(['indicators', 'key', 'y'])).toBeUndefined();
    expect(fm.lineOf(['indicators', 5, 'key'])).toBeUndefined();
    // A list item is asked for by its number, as the schema's error paths give it.
    expect(fm.lineOf(['indicators', '1', 'key'])).toBeUndefined();
  });
});

describe('the text the author typed', () => {
  const fm = parsed(file('---', 'a: 1.600', 'b: "1.600"', 'c: 12', 'd:', '  - 2.500', '---', ''));

  it('is the plain text before YAML made it a number', () => {
    expect(fm.data).toMatchObject({ a: 1.6, c: 12 });
    expect(fm.sourceOf(['a'])).toBe('1.600');
    expect(fm.sourceOf(['c'])).toBe('12');
    expect(fm.sourceOf(['d', 0])).toBe('2.500');
  });

  it('is not given for quoted text, a list, or a field that is not there', () => {
    expect(fm.sourceOf(['b'])).toBeUndefined();
    expect(fm.sourceOf(['d'])).toBeUndefined();
    expect(fm.sourceOf(['e'])).toBeUndefined();
  });
});

describe('numbers written with dots between groups of three digits', () => {
  it.each([
    ['value: 1.600', true],
    ['value: 12.600.000', true],
    ['value: 1.600 # ghi chú', true],
    ['indicators:\n  - { key: a, value: 1.600 }', true],
    ['indicators:\n  - { value: 1.600, key: a }', true],
    ['value:   1.600   ', true],
    ['value: 1.6', false],
    ['value: 1.60', false],
    ['value: 1.6000', false],
    ['value: 1234.600', false],
    ['value: "1.600"', false],
    ['value: 1.600 người', false],
    ['value: 1600', false],
    ['values: [2, 1.600]', true],
    ['values: [1.600, 2]', true],
    ['values: [2,1.600 ]', true],
    ['values:\n  - 1.600', true],
    ['values: [2, 1.6]', false],
    ['values: [2, 1.600 người]', false],
    ['values: [2, 21.600.5]', false],
    ['summary: Hội nghị lần 2-1.600', false],
  ])('%j: %s', (line, dotted) => {
    expect(parsed(file('---', 'title: a', line, 'unit: b', '---', '')).hasDottedNumber).toBe(dotted);
  });

  it('is seen on any line, not only the first', () => {
    expect(parsed(file('---', 'title: a', 'summary: b', 'value: 2.500', '---', '')).hasDottedNumber).toBe(true);
  });
});

describe('mistakes in the frontmatter', () => {
  it('lists slips that parse, at their file line', () => {
    expect(parsed(file('---', 'title: a', 'unit: ‘ninh-binh’', '---', '')).slips).toEqual([
      { line: 3, field: 'unit', message: 'D' + m.curlyQuotes('unit: "ninh-binh"').slice(1) },
    ]);
  });

  it('reports a syntax error at the line of the mistake, with the field and what to write', () => {
    expect(parseFrontmatter(file('---', 'title: "Lễ ra quân', 'unit: a', '---', 'Body'))).toEqual({
      ok: false,
      reason: 'syntax',
      line: 2,
      field: 'title',
      message: m.unclosedQuote('"', 'title: "Lễ ra quân"'),
    });
    expect(parseFrontmatter(file('---', 'title: a', 'title: b', '---', ''))).toEqual({
      ok: false,
      reason: 'syntax',
      line: 3,
      field: 'title',
      message: m.duplicateField('title', 2),
    });
  });

  it('counts lines the same in a CRLF file', () => {
    expect(parseFrontmatter('---\r\ntitle: a\r\nunit: "b\r\n---\r\n')).toMatchObject({ ok: false, reason: 'syntax', line: 3, field: 'unit' });
  });
});

describe('a YAML text the parser refused', () => {
  it('passes on the first line of the parser’s own words when no rule knows the mistake', () => {
    expect(yamlSyntaxMistake('\n- a\nb: c\n')).toEqual({ line: 3, field: 'b', message: m.unknownSyntax('Unexpected scalar at node end') });
  });

  it('points at the end of the text when only js-yaml refuses it', () => {
    // `yaml` accepts an anchor with no value; js-yaml does not.
    expect(yamlSyntaxMistake('\ntitle: a\nkey: &a\n')).toEqual({ line: 4, field: '', message: m.unknownSyntax('YAML') });
    expect(parseFrontmatter(file('---', 'x: !!foo a', '---', 'Body'))).toEqual({
      ok: false,
      reason: 'syntax',
      line: 2,
      field: 'x',
      message: m.unknownSyntax('YAML'),
    });
  });
});
