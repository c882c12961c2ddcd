import { describe, expect, it } from 'vitest';
import { explainYamlSyntax, fieldAtLine, findYamlSlips } from './yaml-mistakes.ts';
import { yamlMistakes as m } from '../i18n/vi.ts';

/** Frontmatter as the check hands it over: line 1 is the opening "---". */
const yaml = (...lines: string[]) => ['', ...lines].join('\n');
const error = (line: number, code = 'UNKNOWN', message = 'Parser message') => ({ code, line, message });

describe('the field on a line', () => {
  const text = yaml(
    'title: Hội nghị',
    'period:',
    '  from: "2022-01-01"',
    '  to: "2022-06-30"',
    '',
    'indicators:',
    '  # một ghi chú',
    '  - key: a',
    '    value: 5',
    '  - key: b',
    '    period:',
    '      from: "2022-01-01"',
    '  - { key: c, value: 7 }',
    'tags:',
    '  - dân vận',
  );

  it.each([
    [2, 'title'],
    [3, 'period'],
    [4, 'period.from'],
    [5, 'period.to'],
    [6, ''],
    [7, 'indicators'],
    [9, 'indicators[0].key'],
    [10, 'indicators[0].value'],
    [11, 'indicators[1].key'],
    [12, 'indicators[1].period'],
    [13, 'indicators[1].period.from'],
    [14, 'indicators[2].key'],
    [16, 'tags[0]'],
    [40, ''],
  ])('line %i is %j', (line, field) => {
    expect(fieldAtLine(text, line)).toBe(field);
  });

  it('names the field of a { } item the caller asks for, or the item itself', () => {
    expect(fieldAtLine(text, 14, 'value')).toBe('indicators[2].value');
    expect(fieldAtLine(text, 14, null)).toBe('indicators[2]');
  });

  it('names the fields of a block opened on an item line ("- period:") with their parent', () => {
    const opened = yaml('indicators:', '  - period:', '      from: "2022-01-01"', '      to: "2022-06-30"', '    key: a', '  - key: b', '    value:', '    note: c');
    expect(fieldAtLine(opened, 3)).toBe('indicators[0].period');
    expect(fieldAtLine(opened, 4)).toBe('indicators[0].period.from');
    expect(fieldAtLine(opened, 5)).toBe('indicators[0].period.to');
    expect(fieldAtLine(opened, 6)).toBe('indicators[0].key');
    // "value:" left empty on its own line is a sibling of "note", not its parent.
    expect(fieldAtLine(opened, 9)).toBe('indicators[1].note');
  });

  it('names a field inside a key\'s own { } when the caller asks for it', () => {
    const flow = yaml('indicators:', '  - key: b', '    period: { from: "2022-01-01", to: "2022-12-31" }', '  - period: { from: "2023-01-01" }');
    expect(fieldAtLine(flow, 4, 'from')).toBe('indicators[0].period.from');
    expect(fieldAtLine(flow, 4)).toBe('indicators[0].period');
    expect(fieldAtLine(flow, 4, null)).toBe('indicators[0].period');
    expect(fieldAtLine(flow, 5, 'to')).toBe('indicators[1].period.to');
    expect(fieldAtLine(yaml('period: { from: "2023-01-01" }'), 2, 'from')).toBe('period.from');
  });

  it('names a catalogue item by its place in the list', () => {
    const catalogue = yaml('- key: a', '  name: A', '- { key: b, name: B }', '- key: c', '', '  name: C');
    expect(fieldAtLine(catalogue, 2)).toBe('[0].key');
    expect(fieldAtLine(catalogue, 3)).toBe('[0].name');
    expect(fieldAtLine(catalogue, 4, null)).toBe('[1]');
    expect(fieldAtLine(catalogue, 7)).toBe('[2].name');
  });
});

describe('explaining a syntax error', () => {
  it('falls back to the parser’s line and words when no rule knows the mistake', () => {
    expect(explainYamlSyntax(yaml('title: a', 'summary: b'), error(3, 'X', 'Odd thing'))).toEqual({
      line: 3,
      field: 'summary',
      message: m.unknownSyntax('Odd thing'),
    });
  });

  it('does not take an escaped quote for the closing one', () => {
    const found = explainYamlSyntax(yaml('title: "Lễ \\"ra quân', 'unit: a'), error(3));
    expect(found).toMatchObject({ line: 2, field: 'title', message: m.unclosedQuote('"', 'title: "Lễ \\"ra quân"') });
    expect(explainYamlSyntax(yaml("title: 'Lễ ''ra'' quân", 'unit: a'), error(3))).toMatchObject({ line: 2 });
  });

  it('sees a quoted value followed by text, with single quotes too', () => {
    expect(explainYamlSyntax(yaml("title: 'Lính' cụ Hồ"), error(2, 'UNEXPECTED_TOKEN'))).toMatchObject({ line: 2, field: 'title' });
    expect(explainYamlSyntax(yaml('title: "Lính"  # ghi chú', 'x: [a'), error(3)).message).toBe(m.unclosedBracket);
  });

  it('asks to remove [] only when list items follow it', () => {
    const empty = yaml('tags: []', 'unit: a:b');
    expect(explainYamlSyntax(empty, error(3)).message).not.toBe(m.itemsUnderEmptyList('tags'));
    expect(explainYamlSyntax(yaml('tags: [ ]', '', '  - a'), error(4))).toEqual({ line: 2, field: 'tags', message: m.itemsUnderEmptyList('tags') });
  });

  it('quotes a value starting with a reserved sign only when the parser stopped on that line', () => {
    const text = yaml('title: a', 'summary: @ban biên tập');
    expect(explainYamlSyntax(text, error(3, 'UNEXPECTED_TOKEN'))).toEqual({ line: 3, field: 'summary', message: m.reservedStart('@', 'summary: "@ban biên tập"') });
    expect(explainYamlSyntax(text, error(3, 'BAD_INDENT')).message).toBe(m.unknownSyntax('Parser message'));
    expect(explainYamlSyntax(text, error(2, 'UNEXPECTED_TOKEN')).message).toBe(m.unknownSyntax('Parser message'));
  });

  it('names the line a field is first written on', () => {
    expect(explainYamlSyntax(yaml('title: a', 'period:', '  from: x', '  from: y'), error(5, 'DUPLICATE_KEY'))).toEqual({
      line: 5,
      field: 'period.from',
      message: m.duplicateField('from', 4),
    });
  });

  it('finds a line indented between two levels', () => {
    expect(explainYamlSyntax(yaml('period:', '    from: x', '  to: y'), error(4)).line).toBe(4);
    expect(explainYamlSyntax(yaml('title: a', '  summary: b'), error(3)).line).toBe(3);
  });

  it('takes the no-break space after a colon for what it is', () => {
    expect(explainYamlSyntax(yaml('title:\u202fHội nghị'), error(2))).toEqual({
      line: 2,
      field: 'title',
      message: m.spaceAfterColon('title', 'title: Hội nghị', true),
    });
    expect(explainYamlSyntax(yaml('cover: ./a.jpg', 'title:Hội nghị'), error(3)).message).toBe(m.spaceAfterColon('title', 'title: Hội nghị', false));
  });
});

describe('slips that parse', () => {
  it('finds nothing in a sound frontmatter with curly quotes in its text', () => {
    expect(findYamlSlips(yaml('title: “Lính cụ Hồ”', 'summary: Hội nghị “sơ kết”', 'indicators:', '  - { key: a, value: 12, note: “x” }'))).toEqual([]);
  });

  it('names a figure split at its comma, with or without a number to suggest', () => {
    expect(findYamlSlips(yaml('indicators:', '  - { key: a, value: 12,6 triệu }', '  - { value: 1,5 abc, key: b }'))).toEqual([
      { line: 3, field: 'indicators[0].value', message: 'S' + m.commaInFlowFigure('12,6 triệu', 12600000).slice(1) },
      { line: 4, field: 'indicators[1].value', message: 'S' + m.commaInFlowFigure('1,5 abc', null).slice(1) },
    ]);
  });

  it('names an odd space in a field name or before its value, but not in the value', () => {
    expect(findYamlSlips(yaml('title\u2003: a'))).toHaveLength(1);
    expect(findYamlSlips(yaml('title:\u00a0 a'))).toHaveLength(1);
    expect(findYamlSlips(yaml('title: Hội\u00a0nghị'))).toEqual([]);
  });

  it('asks for straight quotes around keys and dates, with the line to write', () => {
    expect(findYamlSlips(yaml('unit: ‘ninh-binh’'))).toEqual([{ line: 2, field: 'unit', message: 'D' + m.curlyQuotes('unit: "ninh-binh"').slice(1) }]);
  });
});

describe('more edges of the rules', () => {
  it.each(['title', 'summary', 'author', 'source', 'coverAlt', 'note', 'label', 'name', 'short'])('leaves curly quotes in the free text of %s', (field) => {
    expect(findYamlSlips(yaml(`${field}: “Lính cụ Hồ”`))).toEqual([]);
  });

  it.each([
    ['\u200c', 'ký tự nối ẩn (U+200C)'],
    ['\u2060', 'ký tự nối ẩn (U+2060)'],
  ])('names the invisible %j', (char, name) => {
    expect(findYamlSlips(yaml(`unit: a${char}`))).toEqual([{ line: 2, field: 'unit', message: 'D' + m.invisibleCharacter(name).slice(1) }]);
  });

  it('asks for a space after the colon of a field in a list item, and drops every no-break space', () => {
    expect(explainYamlSyntax(yaml('indicators:', '  - key:tuyen-quan'), error(3)).message).toBe(m.spaceAfterColon('key', 'key: tuyen-quan', false));
    expect(explainYamlSyntax(yaml('title:\u00a0\u00a0Hội nghị'), error(2)).message).toBe(m.spaceAfterColon('title', 'title: Hội nghị', true));
    expect(explainYamlSyntax(yaml('title: a\u00a0b:c'), error(2)).message).toBe(m.unknownSyntax('Parser message'));
  });

  it('asks to remove [] before items at the same indentation', () => {
    expect(explainYamlSyntax(yaml('tags: []', '- dân vận'), error(3))).toEqual({ line: 2, field: 'tags', message: m.itemsUnderEmptyList('tags') });
    expect(explainYamlSyntax(yaml('  tags: []', '- dân vận'), error(3)).message).not.toBe(m.itemsUnderEmptyList('tags'));
  });

  it('calls a sign reserved only at the start of the value', () => {
    expect(explainYamlSyntax(yaml('summary: Hội nghị [Ninh Bình] x'), error(2, 'UNEXPECTED_TOKEN')).message).toBe(m.unknownSyntax('Parser message'));
  });

  it('names a tab-indented { } item as the item itself', () => {
    expect(explainYamlSyntax(yaml('indicators:', '\t- { key: a, value: 1 }'), error(3))).toEqual({ line: 3, field: 'indicators[0]', message: m.tabIndent });
    expect(explainYamlSyntax(yaml('period:', '\tfrom: "2022-01-01"'), error(3))).toEqual({ line: 3, field: 'period.from', message: m.tabIndent });
  });

  it('keeps the whole value of a curly-quoted summary with a colon, inner quotes escaped', () => {
    expect(explainYamlSyntax(yaml('summary: “Kết quả: "tốt"”'), error(2)).message).toBe(m.colonInValue('summary', 'summary: "Kết quả: \\"tốt\\""', true));
    expect(explainYamlSyntax(yaml('summary: Kết quả: “tốt”'), error(2)).message).toBe(m.colonInValue('summary', 'summary: "Kết quả: “tốt”"', false));
  });
});

describe('each mistake said exactly, at its line', () => {
  it('quotes the whole value when a quoted part is followed by text, inner quotes made curly', () => {
    expect(explainYamlSyntax(yaml('title: a', 'summary: "Lính" cụ Hồ', 'unit: b'), error(4, 'UNEXPECTED_TOKEN'))).toEqual({
      line: 3,
      field: 'summary',
      message: m.quoteThenText('summary: "“Lính” cụ Hồ"'),
    });
  });

  it('says which bracket of a { } item is not closed and names the item', () => {
    expect(explainYamlSyntax(yaml('indicators:', '  - { key: a, value: 5', 'unit: b'), error(4))).toEqual({
      line: 3,
      field: 'indicators[0]',
      message: m.unclosedBrace,
    });
    expect(explainYamlSyntax(yaml('title: a', 'tags: [a, b', 'unit: b'), error(4))).toEqual({ line: 3, field: 'tags', message: m.unclosedBracket });
  });

  it('names an unclosed single quote with a single quote', () => {
    expect(explainYamlSyntax(yaml('title: a', "summary: 'Lễ ra quân", 'unit: b'), error(4))).toEqual({
      line: 3,
      field: 'summary',
      message: m.unclosedQuote("'", "summary: 'Lễ ra quân'"),
    });
  });

  it('asks to quote a value with a colon, at the line of the value', () => {
    expect(explainYamlSyntax(yaml('title: a', 'summary: Kết quả: tốt', 'unit: b'), error(2))).toEqual({
      line: 3,
      field: 'summary',
      message: m.colonInValue('summary', 'summary: "Kết quả: tốt"', false),
    });
  });

  it('says a line is misaligned with the line where it is', () => {
    expect(explainYamlSyntax(yaml('indicators:', '  - key: a', '   value: 5'), error(2))).toEqual({
      line: 4,
      field: 'indicators[0].value',
      message: m.badIndent,
    });
  });

  it('leaves a duplicate the parser points past the end to the parser’s words', () => {
    expect(explainYamlSyntax(yaml('title: a'), error(9, 'DUPLICATE_KEY', 'Dup')).message).toBe(m.unknownSyntax('Dup'));
  });
});

describe('each slip said exactly', () => {
  it.each([
    ['\u200b', 'dấu cách rộng bằng không (U+200B)'],
    ['\u200d', 'ký tự nối ẩn (U+200D)'],
    ['\ufeff', 'dấu BOM (U+FEFF) giữa tệp'],
    ['\u00ad', 'dấu gạch nối ẩn (U+00AD)'],
  ])('names the invisible %j, and the field without it', (char, name) => {
    expect(findYamlSlips(yaml('title: a', `un${char}it: b`))).toEqual([{ line: 3, field: 'unit', message: 'D' + m.invisibleCharacter(name).slice(1) }]);
  });

  it('names a field with an odd space in its name, written without it', () => {
    expect(findYamlSlips(yaml('title: a', 'unit\u00a0: b'))).toEqual([{ line: 3, field: 'unit', message: 'T' + m.oddSpaceInName('unit').slice(1) }]);
    expect(findYamlSlips(yaml('period:', '  from:\u202f"2022-01-01"'))).toEqual([
      { line: 3, field: 'period.from', message: 'T' + m.oddSpaceInName('from').slice(1) },
    ]);
  });

  it('names a negative figure split at its comma', () => {
    expect(findYamlSlips(yaml('indicators:', '  - { key: a, value: -2,5 }'))).toEqual([
      { line: 3, field: 'indicators[0].value', message: 'S' + m.commaInFlowFigure('-2,5', -2.5).slice(1) },
    ]);
  });

  it.each([
    ['“2022-01-01”', '2022-01-01'],
    ['„ninh-binh“', 'ninh-binh'],
    ['«ninh-binh»', 'ninh-binh'],
  ])('asks for straight quotes instead of %s', (written, inner) => {
    expect(findYamlSlips(yaml('title: a', `unit: ${written}`))).toEqual([{ line: 3, field: 'unit', message: 'D' + m.curlyQuotes(`unit: "${inner}"`).slice(1) }]);
  });

  it('leaves a value with a curly quote at only one end', () => {
    expect(findYamlSlips(yaml('unit: “ninh-binh', 'kind: ninh-binh”'))).toEqual([]);
  });
});

describe('fields and lines in more shapes', () => {
  it('names the field of "title:Hội nghị", which YAML does not see as a field', () => {
    expect(fieldAtLine(yaml('title:Hội nghị'), 2)).toBe('title');
  });

  it('counts the items of a list of plain values, and stops at the next field', () => {
    const text = yaml('tags:', '  - a', '  - b', 'unit: x');
    expect(fieldAtLine(text, 4)).toBe('tags[1]');
    expect(fieldAtLine(text, 5)).toBe('unit');
  });

  it('counts items opened by a "-" on its own line', () => {
    expect(fieldAtLine(yaml('indicators:', '  -', '    key: a', '  -', '    key: b'), 6)).toBe('indicators[1].key');
  });

  it('names the fields nested in a catalogue item, and skips comments before the first item', () => {
    expect(fieldAtLine(yaml('- key: a', '  period:', '    from: x'), 4)).toBe('[0].period.from');
    expect(fieldAtLine(yaml('# ghi chú', '- key: a', '- key: b'), 4)).toBe('[1].key');
  });

  it('finds no misaligned line in a sound frontmatter between its --- lines, blank lines and "-" lines included', () => {
    const text = yaml('---', 'indicators:', '', '  -', '    key: a', '', '    value: 1', '  - key: b', '    period:', '      from: x', 'tags:', '- a', '---');
    expect(explainYamlSyntax(text, error(3))).toEqual({ line: 3, field: 'indicators', message: m.unknownSyntax('Parser message') });
  });

  it('finds a line indented between two open levels, after a deeper block closed', () => {
    expect(explainYamlSyntax(yaml('a:', '  b:', '    c: 1', '  d: 2', ' e: 3'), error(3))).toEqual({ line: 6, field: 'a.e', message: m.badIndent });
    expect(explainYamlSyntax(yaml('indicators:', '', '  - key: a', '', '    value: 1', '   x: 1'), error(3))).toMatchObject({ line: 7, message: m.badIndent });
  });
});

describe('what the rules leave alone', () => {
  it.each([
    ['summary: > a: b'],
    ['summary: | a: b'],
    ["summary: 'a: b'"],
    ['source: https://a.vn'],
    ['http://a.vn'],
  ])('does not call %j a colon in a value or a missing space', (line) => {
    expect(explainYamlSyntax(yaml(line), error(2)).message).toBe(m.unknownSyntax('Parser message'));
  });

  it('escapes the quotes of a value that starts with a reserved sign', () => {
    expect(explainYamlSyntax(yaml('summary: *"a" b'), error(2, 'UNEXPECTED_TOKEN')).message).toBe(m.reservedStart('*', 'summary: "*\\"a\\" b"'));
  });

  it('reads a split figure with thousands dots and a unit word', () => {
    expect(findYamlSlips(yaml('indicators:', '  - { key: a, value: 1.234,5 tỷ }'))).toEqual([
      { line: 3, field: 'indicators[0].value', message: 'S' + m.commaInFlowFigure('1.234,5 tỷ', 1234500000000).slice(1) },
    ]);
  });

  it('looks for a split figure only in a value field', () => {
    expect(findYamlSlips(yaml('indicators:', '  - { key: a, value: 12 }, note: 1,5'))).toEqual([]);
  });

  it('leaves an odd space after the first colon, or on a line that is no field', () => {
    expect(findYamlSlips(yaml('a: b\u00a0: c'))).toEqual([]);
    expect(findYamlSlips(yaml('# a\u00a0: c', 'x\u00a0y z'))).toEqual([]);
  });

  it('asks for straight quotes on the field that has them, not on an empty one', () => {
    expect(findYamlSlips(yaml('unit:', 'kind: “a”', '- “x”'))).toEqual([{ line: 3, field: 'kind', message: 'D' + m.curlyQuotes('kind: "a"').slice(1) }]);
  });
});

describe('fields the check does not guess', () => {
  it('names a top-level field in a catalogue by its name, not as an item', () => {
    expect(fieldAtLine(yaml('- key: a', 'name: b'), 3)).toBe('name');
    expect(fieldAtLine(yaml('- key: a', '', '  name: b'), 4)).toBe('[0].name');
  });

  it('gives no item number when another field stands between the item and its list', () => {
    expect(fieldAtLine(yaml('tags:', '  - a', 'unit: x', '  - b'), 5)).toBe('tags');
    expect(fieldAtLine(yaml('tags:', '  - a', '  - b'), 2)).toBe('tags');
  });

  it('names no field for a list item under a field that has a value', () => {
    expect(fieldAtLine(yaml('author: b', '- x'), 3)).toBe('');
  });
});

describe('indentation the check accepts or refuses', () => {
  const parserWords = m.unknownSyntax('Parser message');

  it('refuses a first field indented', () => {
    expect(explainYamlSyntax(yaml('  title: a'), error(2))).toEqual({ line: 2, field: 'title', message: m.badIndent });
  });

  it.each([
    [['tags:', '- a', '  b: c']],
    [['tags:', '  - a', '    b: c']],
    [['a:', '    b: 1', '    c: 2', 'd: 3']],
  ])('accepts list items at the column of their field, fields of an item two columns in, any depth for a block: %j', (lines) => {
    expect(explainYamlSyntax(yaml(...lines), error(2)).message).toBe(parserWords);
  });
});

describe('a text whose first field is on its first line', () => {
  it('still finds the parent and the list of a field on the next lines', () => {
    expect(fieldAtLine('period:\n  from: x', 2)).toBe('period.from');
    expect(fieldAtLine('tags:\n  - a\n  - b', 3)).toBe('tags[1]');
  });

  it('names a field with an odd space inside its name as it should be written', () => {
    expect(findYamlSlips('un\u00a0it: b')).toEqual([{ line: 1, field: 'unit', message: 'T' + m.oddSpaceInName('unit').slice(1) }]);
  });

  it('takes a backslash in a single-quoted value for a letter, not an escape', () => {
    expect(explainYamlSyntax("path: 'C:\\'\nunit: a", error(2)).message).not.toBe(m.unclosedQuote("'", "path: 'C:\\''"));
  });
});
