/**
 * The statistics pages add the sample reports' figures up by the rules they state, and the open
 * data files say exactly what the pages say.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { distDir, readPage } from '../helpers/site.ts';
import { formatQuantity } from '../../src/domain/vietnamese-number.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

/** The source detail of one total on an indicator page: its heading and body as text. */
async function detail(indicator: string, id: string): Promise<string> {
  const html = await readPage(`/thong-ke/chi-tieu/${indicator}/`);
  const start = html.indexOf(`id="${id}"`);
  expect(start, `${indicator} has #${id}`).toBeGreaterThan(-1);
  const end = html.indexOf('class="source-detail"', start + 1);
  return text(html.slice(start, end === -1 ? undefined : end));
}


describe('statistics by the rules', () => {
  it('adds a first half and a second half, and keeps the organisations\' parts as breakdown of the figure for all', async () => {
    // Hữu Lũng 2024: youth union 2.150 (H1) + 3.200 for all (H2, of which the youth union 1.900 and veterans 400).
    expect(await detail('ngay-cong', 'nguon-2024-huu-lung')).toContain('Huyện Hữu Lũng – Năm 2024: 5.350 ngày công');
    expect(await detail('ngay-cong', 'nguon-2024-huu-lung-doan-tn')).toContain('4.050 ngày công');
    expect(await detail('tuan-tra-cuoc', 'nguon-2024-huu-lung')).toContain('624 cuộc');
  });

  it('takes a province\'s own report instead of adding its district to it', async () => {
    expect(await detail('tuan-tra-cuoc', 'nguon-2024-lang-son')).toContain('Tỉnh Lạng Sơn – Năm 2024: 4.820 cuộc');
  });

  it('marks a province\'s figure made of its districts\' and says when it covers half a year', async () => {
    const qt = await detail('nha-tinh-nghia', 'nguon-2022-quang-tri');
    expect(qt).toContain('Tỉnh Quảng Trị – Năm 2022: 6 nhà');
    expect(qt).toContain('tổng của đơn vị trực thuộc: Huyện Hải Lăng');
    expect(qt).toContain('chỉ gồm 6 tháng đầu năm 2022');
  });

  it('lets a full-year report supersede the half-year one and lists it on the data-quality page', async () => {
    expect(await detail('nha-tinh-nghia', 'nguon-2024-trieu-phong')).toContain('Huyện Triệu Phong – Năm 2024: 9 nhà');
    const quality = text(await readPage('/thong-ke/chat-luong-du-lieu/'));
    expect(quality).toContain('Nhà tình nghĩa, nhà tình thương xây mới, sửa chữa (Huyện Triệu Phong, 6 tháng đầu năm 2024) 4 nhà: không cộng');
  });

  it('adds a merged province to today\'s province, marked, but not for a span the new province\'s report covers', async () => {
    const today = await detail('qua-tang', 'nguon-2024-dak-lak-nay');
    expect(today).toContain('trên 9.260 suất');
    expect(today).toContain('gồm số liệu của Tỉnh Phú Yên');
    expect(await detail('nha-tinh-nghia', 'nguon-2025-tong')).toContain('152 nhà');
    expect(text(await readPage('/thong-ke/chat-luong-du-lieu/'))).toContain('(Tỉnh Phú Yên, 6 tháng đầu năm 2025) 21 nhà: không cộng');
  });

  it('keeps multi-year figures out of the years, in the cumulative table with their span', async () => {
    const page = text(await readPage('/thong-ke/chi-tieu/ngay-cong-ntm/'));
    expect(page).toContain('Số liệu lũy kế nhiều năm');
    expect(page).toContain('từ 01/01/2016 đến 31/05/2023 18.391 ngày công');
  });

  it('lists rates per source and never adds them', async () => {
    const overview = await readPage('/thong-ke/');
    const table = overview.slice(overview.indexOf('id="tong-quan"'), overview.indexOf('</table>', overview.indexOf('id="tong-quan"')));
    expect(table).not.toContain('Tỷ lệ hoàn thành chỉ tiêu tuyển quân');
    expect(text(overview.slice(overview.indexOf('id="khong-cong"')))).toContain('Tỷ lệ hoàn thành chỉ tiêu tuyển quân');
  });
});

describe('statistics pages', () => {
  it('link each overview cell to its breakdown, and every statistics page to the rules', async () => {
    const overview = await readPage('/thong-ke/');
    expect(overview).toContain('href="/thong-ke/chi-tieu/nha-tinh-nghia/#nguon-2024-tong"');
    for (const page of ['/thong-ke/', '/thong-ke/chi-tieu/nha-tinh-nghia/', '/thong-ke/chat-luong-du-lieu/', '/thong-ke/cach-tinh/']) {
      expect(await readPage(page), page).toContain('href="/thong-ke/cach-tinh/"');
      expect(await readPage(page), page).toContain('href="/du-lieu/tong-hop.csv"');
    }
  });

  it('draw a bar chart by year with a text alternative, and no script', async () => {
    const page = await readPage('/thong-ke/chi-tieu/nha-tinh-nghia/');
    const svg = page.slice(page.indexOf('<svg class="bar-chart"'), page.indexOf('</svg>') + 6);
    expect(svg).toMatch(/role="img"/);
    expect(svg).toContain('<desc id="bieu-do-nha-tinh-nghia-desc">');
    expect(svg).toContain('2025: 152 nhà');
    expect(page).not.toMatch(/<script(?![^>]*type="application\/ld\+json")[^>]*>[^<]+<\/script>/);
  });

  it('show a year\'s totals on its year page and a unit\'s by year on its unit page', async () => {
    expect(text(await readPage('/nam/2024/'))).toContain('Số liệu năm 2024');
    const unit = text(await readPage('/don-vi/huu-lung/'));
    expect(unit).toContain('Số liệu theo năm');
    expect(unit).toContain('5.350 ngày công');
  });

  it('say that a merged province ended and link its successor, which lists it', async () => {
    const former = await readPage('/don-vi/phu-yen/');
    expect(text(former)).toContain('Đơn vị này kết thúc hoạt động từ sau ngày 30/06/2025.');
    expect(former).toContain('href="/don-vi/dak-lak/"');
    expect(await readPage('/don-vi/dak-lak/')).toMatch(/Gồm các đơn vị trước đây:\s*<a href="\/don-vi\/phu-yen\/">Tỉnh Phú Yên<\/a>/);
  });
});

describe('open data', () => {
  const file = (name: string) => readFile(join(distDir(), 'du-lieu', name), 'utf8');
  const indicators = async () =>
    new Map((parseYaml(await readFile(resolve(import.meta.dirname, '../../content/indicators.yaml'), 'utf8')) as Array<{ key: string; unit: string }>).map((i) => [i.key, i]));

  function parseCsv(csv: string): string[][] {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows: string[][] = [];
    let row: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 1; i < csv.length; i++) {
      const c = csv[i];
      if (quoted) {
        if (c === '"' && csv[i + 1] === '"') (field += '"'), i++;
        else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') row.push(field), (field = '');
      else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
      else if (c !== '\r') field += c;
    }
    return rows;
  }

  it('writes the same rows in CSV and JSON, Vietnamese intact', async () => {
    for (const name of ['chi-so', 'tong-hop', 'tong-hop-tinh-hien-nay', 'chat-luong']) {
      const json = JSON.parse(await file(`${name}.json`)) as Array<Record<string, unknown>>;
      const [header, ...rows] = parseCsv(await file(`${name}.csv`));
      expect(rows).toHaveLength(json.length);
      const fromJson = json.map((r) => header.map((c) => (r[c] === null ? '' : Array.isArray(r[c]) ? (r[c] as string[]).join(' ') : String(r[c]))));
      expect(rows).toEqual(fromJson);
    }
    expect(Object.keys(JSON.parse(await file('chi-so.json'))[0])).toEqual(['article', 'url', 'indicator', 'value', 'qualifier', 'unit', 'level', 'org', 'from', 'to']);
    expect(Object.keys(JSON.parse(await file('tong-hop.json'))[0])).toEqual(['indicator', 'year', 'unit', 'org', 'value', 'qualifier', 'basis', 'sources']);
    expect(Object.keys(JSON.parse(await file('tong-hop-tinh-hien-nay.json'))[0])).toEqual(['indicator', 'year', 'unit', 'value', 'qualifier', 'includes', 'sources']);
    expect(Object.keys(JSON.parse(await file('chat-luong.json'))[0])).toEqual(['kind', 'finding', 'sources']);
  });

  it('lists every finding of the data-quality page, with its kind and articles, and is linked from it', async () => {
    type Row = { kind: string; finding: string; sources: string[] };
    const rows = JSON.parse(await file('chat-luong.json')) as Row[];
    expect(rows.length).toBeGreaterThan(0);
    const html = await readPage('/thong-ke/chat-luong-du-lieu/');
    expect(html).toContain('href="/du-lieu/chat-luong.csv"');
    // The sample has fewer findings of each kind than the page shows, so every one is on it.
    const onPage = [...html.matchAll(/<li data-finding="([a-z]+)">([\s\S]*?)<ul class="sources">([\s\S]*?)<\/ul>/g)].map((m) => ({
      kind: m[1],
      finding: text(m[2]).trim(),
      sources: [...m[3].matchAll(/href="([^"]+)"/g)].map((h) => h[1]),
    }));
    expect(onPage.map((r) => r.kind).sort()).toEqual(rows.map((r) => r.kind).sort());
    expect(rows.map((r) => ({ ...r, sources: r.sources.map((u) => new URL(u).pathname) }))).toEqual(expect.arrayContaining(onPage));
  });

  it('gives every total by today\'s province of the HTML, with its value, the former provinces it includes and its sources', async () => {
    const catalogue = await indicators();
    const unitNames = new Map((parseYaml(await readFile(resolve(import.meta.dirname, '../../content/units.yaml'), 'utf8')) as Array<{ key: string; name: string }>).map((u) => [u.key, u.name]));
    type Row = { indicator: string; year: number; unit: string; value: number; qualifier: 'exact'; includes: string[]; sources: string[] };
    const rows = JSON.parse(await file('tong-hop-tinh-hien-nay.json')) as Row[];
    // The sample's merged province: Phú Yên's 2024 review is added to today's Đắk Lắk.
    expect(rows.some((r) => r.unit === 'dak-lak' && r.year === 2024 && r.includes.includes('phu-yen'))).toBe(true);
    const byIndicator = new Map<string, Row[]>();
    for (const row of rows) byIndicator.set(row.indicator, [...(byIndicator.get(row.indicator) ?? []), row]);
    const pages = (await readFile(join(distDir(), 'du-lieu', 'tong-hop.json'), 'utf8')).match(/"indicator": "[^"]+"/g)!.map((m) => m.slice(14, -1));
    for (const indicator of new Set(pages)) {
      const html = await readPage(`/thong-ke/chi-tieu/${indicator}/`);
      const ids = [...html.matchAll(/id="(nguon-\d{4}-[a-z0-9-]+-nay)"/g)].map((m) => m[1]);
      expect(ids.sort(), indicator).toEqual((byIndicator.get(indicator) ?? []).map((r) => `nguon-${r.year}-${r.unit}-nay`).sort());
    }
    for (const row of rows) {
      const block = await detail(row.indicator, `nguon-${row.year}-${row.unit}-nay`);
      expect(block).toContain(`: ${formatQuantity(row.value, catalogue.get(row.indicator)!.unit, row.qualifier)}`);
      expect(block).toContain(`gồm số liệu của ${row.includes.map((u) => unitNames.get(u)).join(', ')}`);
      const html = await readPage(`/thong-ke/chi-tieu/${row.indicator}/`);
      const start = html.indexOf(`id="nguon-${row.year}-${row.unit}-nay"`);
      const raw = html.slice(start, html.indexOf('class="source-detail"', start + 1) >>> 0);
      expect(new Set([...raw.matchAll(/href="(\/bai-viet\/[^"]+)"/g)].map((m) => m[1]))).toEqual(new Set(row.sources.map((u) => new URL(u).pathname)));
    }
  });

  it('gives every yearly total of the HTML, with the same value and sources', async () => {
    const catalogue = await indicators();
    type Row = { indicator: string; year: number; unit: string; org: string | null; value: number; qualifier: 'exact'; basis: string; sources: string[] };
    const totals = JSON.parse(await file('tong-hop.json')) as Row[];
    expect(totals.length).toBeGreaterThan(50);
    const rowOf = new Map(totals.map((r) => [['nguon', r.year, r.unit, r.org].filter((p) => p !== null).join('-') + `@${r.indicator}`, r]));
    for (const row of totals) {
      const id = ['nguon', row.year, row.unit, row.org].filter((p) => p !== null).join('-');
      const page = await readPage(`/thong-ke/chi-tieu/${row.indicator}/`);
      const start = page.indexOf(`id="${id}"`);
      expect(start, `${row.indicator} #${id}`).toBeGreaterThan(-1);
      const block = page.slice(start, page.indexOf('class="source-detail"', start + 1) >>> 0);
      expect(text(block.slice(0, block.indexOf('</h3>'))), id).toContain(`: ${formatQuantity(row.value, catalogue.get(row.indicator)!.unit, row.qualifier)}`);
      if (row.basis === 'reported') {
        for (const url of row.sources) expect(block, `${id} lists ${url}`).toContain(`href="${new URL(url).pathname}"`);
      } else {
        // A sum links to its parts, whose sources together are the sum's.
        const parts = [...block.slice(0, block.indexOf('</ul>')).matchAll(/href="#([^"]+)"/g)].map((m) => rowOf.get(`${m[1]}@${row.indicator}`)!);
        expect(parts.length, id).toBeGreaterThan(0);
        expect(new Set(parts.flatMap((p) => p.sources)), id).toEqual(new Set(row.sources));
      }
    }
  });

  it('gives one fact per figure of every published article, and is linked from the statistics pages', async () => {
    const facts = JSON.parse(await file('chi-so.json')) as Array<{ article: string; url: string; org: string | null; level: string }>;
    expect(facts.some((f) => f.article.startsWith('ban-nhap'))).toBe(false);
    expect(facts.filter((f) => f.article === 'huu-lung-so-ket-6-thang-cuoi-nam-2024-phoi-hop-giu-gin-an-ninh-trat-tu')).toHaveLength(6);
    expect(facts.find((f) => f.org === null)?.org).toBeNull();
    expect(await readPage('/thong-ke/cach-tinh/')).toContain('href="/du-lieu/chi-so.json"');
  });
});

