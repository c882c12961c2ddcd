import { describe, expect, it } from 'vitest';
import { checkFactsAfterUnitEnd, readEndedUnits } from './facts-after-unit-end.ts';
import { validateContent } from './validate-content.ts';
import { formatContentError } from './content-error.ts';

const UNITS = `
- { key: quang-tri, name: Tỉnh Quảng Trị, level: tinh }
- { key: hai-lang, name: Huyện Hải Lăng, level: huyen, parent: quang-tri, lastDay: "2025-06-30", successor: quang-tri }
- { key: phu-yen, name: Tỉnh Phú Yên, level: tinh, lastDay: "2025-06-30" }
`;
const ended = readEndedUnits(UNITS);
const FILE = 'content/articles/2025/a/index.md';
const lines: Record<string, number> = { unit: 5, period: 7, 'indicators.0.period': 10, 'indicators.1.period': 11 };
const lineOf = (path: ReadonlyArray<PropertyKey>) => lines[path.join('.')];

type Entry = { key: string; value: number; qualifier: 'exact'; period?: { from: string; to: string } };
const entry = (period?: { from: string; to: string }): Entry => ({ key: 'nha', value: 2, qualifier: 'exact', ...(period && { period }) });
const check = (data: { unit?: string; period?: { from: string; to: string }; indicators?: Entry[]; publishedAt?: string }) =>
  checkFactsAfterUnitEnd(
    FILE,
    { unit: data.unit ?? 'hai-lang', period: data.period, indicators: data.indicators ?? [entry()], publishedAt: new Date(data.publishedAt ?? '2025-08-05T09:00:00+07:00') },
    lineOf,
    ended,
  );

describe('the units that ended, read from units.yaml', () => {
  it('gives each unit with a last day its name and its successor’s', () => {
    expect(ended).toEqual(
      new Map([
        ['hai-lang', { name: 'Huyện Hải Lăng', lastDay: '2025-06-30', successor: { key: 'quang-tri', name: 'Tỉnh Quảng Trị' } }],
        ['phu-yen', { name: 'Tỉnh Phú Yên', lastDay: '2025-06-30', successor: undefined }],
      ]),
    );
  });

  it('reads nothing from a catalogue that does not parse or is not a list, and skips entries it cannot use', () => {
    expect(readEndedUnits('- { key: a, lastDay: "2025-06-30"')).toEqual(new Map());
    expect(readEndedUnits('key: a\nlastDay: "2025-06-30"\n')).toEqual(new Map());
    expect(readEndedUnits('- 3\n- null\n- { lastDay: "2025-06-30" }\n- { key: b, lastDay: 30/06/2025 }\n- { key: c, lastDay: "x2025-06-30" }\n- { key: d, lastDay: "2025-06-30x" }\n')).toEqual(new Map());
    expect(readEndedUnits('- { key: a, lastDay: "2025-06-30", successor: b }\n').get('a')).toEqual({ name: undefined, lastDay: '2025-06-30', successor: { key: 'b', name: undefined } });
    // Values that are not text (a number where a key or name belongs) are not taken for one.
    expect(readEndedUnits('- { key: a, name: 12, lastDay: "2025-06-30", successor: 7 }\n').get('a')).toEqual({ name: undefined, lastDay: '2025-06-30', successor: undefined });
  });
});

describe('a figure of a unit after its last day is refused', () => {
  it('refuses the article’s period that runs after the last day, naming the successor to write', () => {
    expect(check({ period: { from: '2025-07-01', to: '2025-12-31' } })).toEqual([
      {
        file: FILE,
        line: 7,
        field: 'period',
        message:
          'Huyện Hải Lăng (hai-lang) kết thúc hoạt động ngày 30/06/2025 (lastDay trong content/units.yaml), nhưng số liệu thuộc kỳ 6 tháng cuối năm 2025, sau ngày 30/06/2025. ' +
          'Số liệu từ ngày 01/07/2025 không thuộc đơn vị này: hãy ghi unit: quang-tri (Tỉnh Quảng Trị), hoặc sửa period nếu ghi nhầm',
      },
    ]);
  });

  it('refuses a period partly after the last day and says how to split it', () => {
    const [error] = check({ period: { from: '2025-01-01', to: '2025-12-31' } });
    expect(error.field).toBe('period');
    expect(error.message).toBe(
      'Huyện Hải Lăng (hai-lang) kết thúc hoạt động ngày 30/06/2025 (lastDay trong content/units.yaml), nhưng số liệu thuộc kỳ năm 2025, có phần sau ngày 30/06/2025. ' +
        'Số liệu đến hết ngày 30/06/2025 thuộc đơn vị này; từ ngày 01/07/2025, hãy ghi unit: quang-tri (Tỉnh Quảng Trị). Nếu kỳ ghi nhầm, hãy sửa period',
    );
  });

  it('refuses a figure whose own period runs after the last day, at that figure', () => {
    const errors = check({ period: { from: '2025-01-01', to: '2025-06-30' }, indicators: [entry(), entry({ from: '2025-07-01', to: '2025-09-30' })] });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 11, field: 'indicators[1].period' });
    expect(errors[0].message).toContain('thuộc kỳ quý III năm 2025, sau ngày 30/06/2025');
    expect(errors[0].message).toContain('hãy đưa số liệu này vào bài của đơn vị kế thừa (unit: quang-tri (Tỉnh Quảng Trị))');
  });

  it('refuses a news item without a period published after the last day, at its unit, suggesting a period', () => {
    const [error] = check({});
    expect(error).toMatchObject({ line: 5, field: 'unit' });
    expect(error.message).toBe(
      'Huyện Hải Lăng (hai-lang) kết thúc hoạt động ngày 30/06/2025 (lastDay trong content/units.yaml), nhưng số liệu không có period nên được tính vào ngày đăng bài, ngày 05/08/2025, sau ngày 30/06/2025. ' +
        'Nếu số liệu là của kỳ trước ngày 30/06/2025, hãy thêm period: { from: "YYYY-MM-DD", to: "YYYY-MM-DD" } với kỳ đó; nếu là việc làm sau ngày đó, hãy ghi unit: quang-tri (Tỉnh Quảng Trị)',
    );
  });

  it('says to choose a unit that existed when the unit that ended names no successor', () => {
    const [error] = check({ unit: 'phu-yen', period: { from: '2025-07-01', to: '2025-12-31' } });
    expect(error.message).toMatch(/^Tỉnh Phú Yên \(phu-yen\) kết thúc/);
    expect(error.message).toContain('hãy ghi unit là đơn vị còn tồn tại trong kỳ đó, hoặc sửa period');
  });

  it('names the unit by its key when the catalogue gives it no name, and the successor without a name', () => {
    const [error] = checkFactsAfterUnitEnd(FILE, { unit: 'a', indicators: [entry()], period: { from: '2025-07-01', to: '2025-07-31' }, publishedAt: new Date() }, lineOf, readEndedUnits('- { key: a, lastDay: "2025-06-30", successor: b }\n'));
    expect(error.message).toMatch(/^a kết thúc hoạt động/);
    expect(error.message).toContain('hãy ghi unit: b, hoặc');
  });
});

describe('figures of a unit before its end are its own', () => {
  it('accepts a 2024 review of a former district published in August 2025', () => {
    expect(check({ period: { from: '2024-01-01', to: '2024-12-31' } })).toEqual([]);
  });

  it('accepts a period ending on the last day, and a news item published on it', () => {
    expect(check({ period: { from: '2025-01-01', to: '2025-06-30' } })).toEqual([]);
    expect(check({ publishedAt: '2025-06-30T23:30:00+07:00' })).toEqual([]);
  });

  it('leaves units that still exist, and articles without figures, alone', () => {
    expect(check({ unit: 'quang-tri', period: { from: '2025-07-01', to: '2025-12-31' } })).toEqual([]);
    expect(check({ period: { from: '2025-07-01', to: '2025-12-31' }, indicators: [] })).toEqual([]);
  });

  it('holds the article’s period against the figures without their own, even when others have theirs', () => {
    const errors = check({ period: { from: '2025-07-01', to: '2025-12-31' }, indicators: [entry({ from: '2025-01-01', to: '2025-06-30' }), entry()] });
    expect(errors.map((e) => e.field)).toEqual(['period']);
  });

  it('does not hold the article’s period against figures that all have their own', () => {
    expect(check({ period: { from: '2025-07-01', to: '2025-12-31' }, indicators: [entry({ from: '2025-01-01', to: '2025-06-30' })] })).toEqual([]);
  });
});

describe('npm run check', () => {
  const article = (fields: string) => ({
    path: 'content/articles/2025/hai-lang-tong-ket/index.md',
    text: `---\ntitle: Hải Lăng tổng kết\nsummary: Tổng kết năm.\npublishedAt: "2025-12-20T09:00"\nunit: hai-lang\nkind: tong-ket\nauthor: A\n${fields}---\n\nNội dung.\n`,
  });
  const run = (fields: string) =>
    validateContent({
      catalogues: {
        units: { path: 'content/units.yaml', text: UNITS },
        organisations: { path: 'content/organisations.yaml', text: '- { key: doan-tn, name: Đoàn TN }\n' },
        indicators: { path: 'content/indicators.yaml', text: '- { key: nha, label: Nhà, unit: nhà, aggregate: sum, group: Nhà }\n' },
      },
      articles: [article(fields)],
      fileExists: () => false,
    }).errors.map(formatContentError);

  it('refuses a former district’s figures after its last day, with file, line and field', () => {
    const errors = run('period: { from: "2025-01-01", to: "2025-12-31" }\nindicators:\n  - { key: nha, value: 3 }\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/articles\/2025\/hai-lang-tong-ket\/index\.md:8 › period: Huyện Hải Lăng \(hai-lang\) kết thúc hoạt động ngày 30\/06\/2025/);
  });

  it('accepts the same district’s review of a year before the change', () => {
    expect(run('period: { from: "2024-01-01", to: "2024-12-31" }\nindicators:\n  - { key: nha, value: 3 }\n')).toEqual([]);
  });
});
