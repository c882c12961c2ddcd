import { describe, expect, it } from 'vitest';
import { figureWarnings, proseOf, readIndicatorCatalogue } from './figure-warnings.ts';

const catalogueYaml = `
- { key: tuyen-quan-nguoi, label: Thanh niên nhập ngũ, unit: người, aggregate: sum, group: Tuyển quân }
- { key: nha-tinh-nghia, label: "Nhà tình nghĩa, nhà tình thương xây mới, sửa chữa", unit: nhà, aggregate: sum, group: Nhà ở }
- { key: qua-tang-gia-tri, label: Giá trị quà tặng, unit: đồng, aggregate: sum, group: An sinh }
- { key: qua-tang, label: "Quà tặng gia đình chính sách, hộ khó khăn", unit: suất, aggregate: sum, group: An sinh }
`;
const catalogue = readIndicatorCatalogue(catalogueYaml);

function check(body: string, indicators: Array<{ key: string; value: number; qualifier?: 'exact' | 'over' | 'under' }>) {
  return figureWarnings({
    file: 'content/articles/2022/bai/index.md',
    body,
    bodyStartLine: 10,
    indicators,
    lineOf: (path) => (path[0] === 'indicators' && path[2] === 'value' ? 5 + Number(path[1]) : undefined),
    catalogue,
  });
}

describe('an indicator whose value the text never writes', () => {
  it('passes silently when the text writes the value in any Vietnamese form', () => {
    const body = 'Có 1.600 thanh niên nhập ngũ.\n\nHội trao 48 suất quà, trị giá 12,6 triệu đồng; xây hai nhà tình nghĩa.';
    expect(
      check(body, [
        { key: 'tuyen-quan-nguoi', value: 1600 },
        { key: 'qua-tang-gia-tri', value: 12_600_000 },
        { key: 'qua-tang', value: 48 },
        { key: 'nha-tinh-nghia', value: 2 },
      ]),
    ).toEqual([]);
  });
  it('warns with the line of the indicator, its value and the closest number of the same unit', () => {
    const body = 'Đầu năm.\n\nCó 1.550 thanh niên nhập ngũ và 1.700 thanh niên đăng ký, 1.580 suất quà.';
    const [warning, ...rest] = check(body, [{ key: 'tuyen-quan-nguoi', value: 1600, qualifier: 'over' }]);
    expect(warning).toEqual({
      file: 'content/articles/2022/bai/index.md',
      line: 5,
      field: 'indicators[0].value',
      message: expect.stringContaining('"Thanh niên nhập ngũ" ghi trên 1.600 người'),
      severity: 'warning',
    });
    expect(warning.message).toContain('số gần nhất trong bài là "1.550 thanh niên" (dòng 12)');
    expect(rest.map((r) => r.field)).toEqual(['', '', '']);
  });
  it('takes the closest number of any unit when none has the indicator’s unit', () => {
    const [warning] = check('Trao 40 suất quà và 300 suất quà.', [{ key: 'nha-tinh-nghia', value: 50 }]);
    expect(warning.message).toContain('"40 suất quà" (dòng 10)');
  });
  it('says so when the text has no figure at all', () => {
    const [warning] = check('Hội nghị diễn ra sáng 29/7/2022.', [{ key: 'nha-tinh-nghia', value: 2 }]);
    expect(warning.message).toContain('nội dung bài không có số liệu nào');
  });
  it('names an indicator missing from the catalogue by its key', () => {
    const [warning] = check('Không có số.', [{ key: 'khong-co', value: 7 }]);
    expect(warning.message).toContain('"khong-co" ghi 7');
  });
  it('does not take a date, a year or a document number for the value', () => {
    const body = 'Ngày 29/7/2022, theo Nghị quyết 25-NQ/TU, năm 2022.';
    expect(check(body, [{ key: 'nha-tinh-nghia', value: 25 }])).toHaveLength(1);
    expect(check(body, [{ key: 'nha-tinh-nghia', value: 2022 }])).toHaveLength(1);
    expect(check(body, [{ key: 'nha-tinh-nghia', value: 29 }])).toHaveLength(1);
  });
});

describe('a figure in the text that is in no indicator', () => {
  it('is listed with its line and the key it probably belongs to', () => {
    const body = 'Mở đầu.\n\nToàn huyện có 138 thanh niên lên đường nhập ngũ.';
    expect(check(body, [])).toEqual([
      {
        file: 'content/articles/2022/bai/index.md',
        line: 12,
        field: '',
        message: expect.stringContaining('"138 thanh niên"'),
        severity: 'warning',
      },
    ]);
    expect(check(body, [])[0].message).toContain('tuyen-quan-nguoi (Thanh niên nhập ngũ)');
  });
  it('says when no catalogue key fits', () => {
    const [warning] = check('Thu gom 500 tấn rác.', []);
    expect(warning.message).toContain('chưa rõ thuộc chỉ tiêu nào');
  });
  it('leaves out a figure an imported draft already lists in indicatorSuggestions', () => {
    const input = { file: 'a.md', body: 'Trao 48 suất quà.', bodyStartLine: 1, indicators: [], lineOf: () => undefined, catalogue };
    expect(figureWarnings({ ...input, suggested: [48] })).toEqual([]);
    expect(figureWarnings({ ...input, suggested: [49] })).toHaveLength(1);
  });
  it('lists a figure written twice once', () => {
    expect(check('Có 5 nhà. Lại 5 nhà.', [])).toHaveLength(1);
  });
  it('leaves out bare numbers, dates, durations, numbers in words and those already in an indicator', () => {
    const body = 'Trong 6 tháng, ngày 29/7, có 37 và hai nhà; 2 nhà tình nghĩa.';
    expect(check(body, [{ key: 'nha-tinh-nghia', value: 2 }])).toEqual([]);
  });
  it('does not read photos’ descriptions, file names, link targets or comments', () => {
    const body = '![Trao 20 suất quà](./anh-20-nha.jpg)\n[xem 30 nhà](https://x.vn/40-nha)\n<!-- 50 nhà -->';
    expect(check(body, [])).toEqual([{ ...check('[xem 30 nhà]', [])[0], line: 11 }]);
  });
});

describe('proseOf', () => {
  it('blanks what is not prose and keeps every line where it was', () => {
    const body = 'a ![x 1](./b.jpg) c\n<!-- d\ne -->\n[f](g) h\nimport X from "y"';
    const prose = proseOf(body);
    expect(prose.split('\n')).toHaveLength(body.split('\n').length);
    expect(prose.length).toBe(body.length);
    expect(prose.replace(/\s+/g, ' ').trim()).toBe('a c [f] h');
  });
});

describe('readIndicatorCatalogue', () => {
  it('keeps the entries with a key, a label and a unit', () => {
    expect(readIndicatorCatalogue('- { key: a, label: A, unit: người }\n- { key: b }\n- 3')).toEqual([{ key: 'a', label: 'A', unit: 'người' }]);
  });
  it('gives an empty catalogue for broken YAML or a catalogue that is not a list', () => {
    expect(readIndicatorCatalogue('- [')).toEqual([]);
    expect(readIndicatorCatalogue('key: a')).toEqual([]);
  });
});
