import { describe, expect, it } from 'vitest';
import { figureWarnings, proseOf, readIndicatorCatalogue } from './figure-warnings.ts';

const catalogue = readIndicatorCatalogue('- { key: nha-tinh-nghia, label: Nhà tình nghĩa, unit: nhà }\n- { key: qua-tang, label: Quà tặng, unit: suất }');
const base = { file: 'a.md', bodyStartLine: 1, catalogue };

describe('readIndicatorCatalogue', () => {
  it('leaves out an entry without its key, its label or its unit', () => {
    const yaml = '- { key: a, unit: người }\n- { label: B, unit: người }\n- { key: c, label: C }\n- { key: d, label: D, unit: nhà }';
    expect(readIndicatorCatalogue(yaml).map((c) => c.key)).toEqual(['d']);
  });
});

describe('where a warning points', () => {
  it('at the indicator when its value has no line of its own', () => {
    const [warning] = figureWarnings({ ...base, body: 'Không có số.', indicators: [{ key: 'nha-tinh-nghia', value: 3 }], lineOf: (path) => (path.length === 2 ? 7 : undefined) });
    expect(warning.line).toBe(7);
  });
  it('names the value alone when the indicator is not in the catalogue', () => {
    const [warning] = figureWarnings({ ...base, body: 'Không có số.', indicators: [{ key: 'khong-co', value: 7 }], lineOf: () => undefined });
    expect(warning.message).toContain('"khong-co" ghi 7 nhưng');
  });
  it('picks the nearest number by ratio', () => {
    const [warning] = figureWarnings({ ...base, body: 'Có 5 nhà và 95 nhà.', indicators: [{ key: 'nha-tinh-nghia', value: 100 }], lineOf: () => 2 });
    expect(warning.message).toContain('"95 nhà"');
  });
});

describe('what is prose', () => {
  it('keeps a line that only mentions import or export in its middle', () => {
    expect(proseOf('Hàng export 30 nhà')).toBe('Hàng export 30 nhà');
    expect(proseOf('export const x = 30 nhà').trim()).toBe('');
  });
  it('blanks a link target of any length', () => {
    const body = '[xem](https://x.vn/?a=40 nhà) thêm';
    expect(proseOf(body)).toBe(`[xem]${' '.repeat(body.length - '[xem] thêm'.length)} thêm`);
  });
});
