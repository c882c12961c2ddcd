/** The statistics page adds up the sample reports' figures by the rules it states. */
import { describe, expect, it } from 'vitest';
import { readPage } from '../helpers/site.ts';

/** The table rows of one level in one year: label → value text. */
async function rowsOf(year: number, level: string): Promise<Map<string, string>> {
  const html = await readPage('/thong-ke/');
  const section = html.match(new RegExp(`<section[^>]*aria-labelledby="nam-${year}"[\\s\\S]*?</section>`))?.[0] ?? '';
  const table = section.split('<table').find((t) => t.includes(`<caption>${level}</caption>`)) ?? '';
  const rows = [...table.matchAll(/<th scope="row">([^<]+)<\/th>\s*<td class="value">([^<]+)<\/td>/g)];
  return new Map(rows.map((m) => [m[1], m[2]]));
}

describe('statistics page', () => {
  it('adds one district\'s organisations together, keeping "trên" when a part was a lower bound', async () => {
    const district = await rowsOf(2022, 'Cấp huyện');
    expect(district.get('Nhà tình nghĩa, nhà tình thương xây mới, sửa chữa')).toBe('6 nhà');
    expect(district.get('Quà tặng gia đình chính sách, hộ khó khăn')).toBe('433 suất');
    expect(district.get('Quà tặng tân binh')).toBe('trên 445 suất');
  });

  it('keeps provinces apart from districts', async () => {
    const province = await rowsOf(2022, 'Cấp tỉnh');
    expect(province.get('Nhà tình nghĩa, nhà tình thương xây mới, sửa chữa')).toBe('127 nhà');
  });

  it('never adds up rates', async () => {
    expect(await readPage('/thong-ke/')).not.toContain('Tỷ lệ hoàn thành chỉ tiêu tuyển quân');
  });

  it('is linked from the home page and every header', async () => {
    expect(await readPage('/')).toContain('href="/thong-ke/"');
    expect(await readPage('/nam/')).toContain('href="/thong-ke/"');
  });
});
