import { describe, expect, it } from 'vitest';
import { checkUnitLifetimes, type CatalogueUnitEntry } from './unit-lifetimes.ts';

const at = (units: Array<Omit<CatalogueUnitEntry, 'index'>>) => units.map((u, index) => ({ ...u, index }));
const check = (units: Array<Omit<CatalogueUnitEntry, 'index'>>) =>
  checkUnitLifetimes('content/units.yaml', at(units)).map((e) => `${e.field}: ${e.message}`);

describe('units that ended', () => {
  it('accepts a merged province that names the province it joined', () => {
    expect(check([{ key: 'quang-tri' }, { key: 'quang-binh', lastDay: '2025-06-30', successor: 'quang-tri' }])).toEqual([]);
  });

  it('asks for the last day of a unit that names a successor', () => {
    expect(check([{ key: 'quang-tri' }, { key: 'quang-binh', successor: 'quang-tri' }])).toEqual([
      '[1].successor: Có successor (đơn vị kế thừa) thì phải có lastDay: ngày cuối cùng đơn vị còn tồn tại, ví dụ "2025-06-30"',
    ]);
  });

  it('refuses a successor that is not in the catalogue, suggesting the closest key', () => {
    expect(check([{ key: 'quang-tri' }, { key: 'quang-binh', lastDay: '2025-06-30', successor: 'quang-trj' }])).toEqual([
      '[1].successor: Không có khóa "quang-trj" trong content/units.yaml; có phải ý bạn là "quang-tri"?',
    ]);
  });

  it('refuses a successor that ended on the same day or earlier', () => {
    const units = [{ key: 'a', lastDay: '2025-06-30', successor: 'b' }, { key: 'b', lastDay: '2025-06-30', successor: 'a' }];
    expect(check(units)).toEqual([
      '[0].successor: Đơn vị kế thừa "b" cũng kết thúc (ngày 30/06/2025) không muộn hơn đơn vị này; hãy chọn đơn vị còn tồn tại sau đó',
      '[1].successor: Đơn vị kế thừa "a" cũng kết thúc (ngày 30/06/2025) không muộn hơn đơn vị này; hãy chọn đơn vị còn tồn tại sau đó',
    ]);
    expect(check([{ key: 'a', lastDay: '2025-06-30', successor: 'b' }, { key: 'b', lastDay: '2025-07-01' }])).toEqual([]);
  });

  it('refuses a unit that outlives its parent', () => {
    const district = { key: 'hai-lang', parent: 'quang-tri', lastDay: '2025-06-30', successor: 'quang-tri' };
    expect(check([{ key: 'quang-tri' }, district, { key: 'hai-chanh', parent: 'hai-lang' }])).toEqual([
      '[2].lastDay: Đơn vị cha "hai-lang" kết thúc ngày 30/06/2025; hãy ghi lastDay cho đơn vị này (không muộn hơn ngày đó) hoặc đổi parent sang đơn vị còn tồn tại',
    ]);
    expect(check([{ key: 'quang-tri' }, district, { key: 'hai-chanh', parent: 'hai-lang', lastDay: '2025-07-01' }])).toHaveLength(1);
    expect(check([{ key: 'quang-tri' }, district, { key: 'hai-chanh', parent: 'hai-lang', lastDay: '2025-06-30' }])).toEqual([]);
  });
});
