import { describe, expect, it } from 'vitest';
import { cmsConfig, indicatorOptions, isCurrentUnit, organisationOptions, previewLabels, schemaField, unitOptions, type Catalogues } from './cms-config.ts';
import { articleFields as texts, indicatorFields, periodFields } from '../../src/i18n/vi.ts';

const catalogues: Catalogues = {
  units: [
    { key: 'quang-tri', name: 'Tỉnh Quảng Trị', level: 'tinh' },
    { key: 'hai-lang', name: 'Huyện Hải Lăng', level: 'huyen', parent: 'quang-tri', lastDay: '2025-06-30', successor: 'quang-tri' },
    { key: 'moi-nhap', name: 'Xã Mới Nhập', level: 'xa', parent: 'quang-tri', lastDay: '2026-12-01' },
  ],
  organisations: [
    { key: 'hoi-ccb', name: 'Hội Cựu chiến binh', short: 'Hội CCB' },
    { key: 'hoi-nong-dan', name: 'Hội Nông dân' },
  ],
  indicators: [{ key: 'qua-tan-binh', label: 'Quà tặng tân binh', unit: 'suất', aggregate: 'sum', group: 'Tuyển quân' }],
};

const config = cmsConfig({
  catalogues,
  today: '2026-12-01',
  backendUrl: 'http://127.0.0.1:4330/api/v1',
  previewUrl: 'http://127.0.0.1:4331/',
  contentFolder: 'content',
});
const fields = config.collections[0].fields;
const field = (name: string) => fields.find((f) => f.name === name)!;
const figureField = (name: string) => (field('indicators').fields as Array<Record<string, unknown>>).find((f) => f.name === name)!;

describe('the editor configuration generated from the contract', () => {
  it('puts the fields in the order staff think, the body last', () => {
    expect(fields.map((f) => f.name)).toEqual([
      'title', 'summary', 'publishedAt', 'unit', 'kind', 'period', 'indicators',
      'cover', 'coverAlt', 'coverCaption', 'author', 'source', 'tags', 'draft', 'body',
    ]);
  });

  it('names and describes every field with the label and hint of the content check', () => {
    expect(field('title')).toMatchObject({ label: texts.title.label, hint: texts.title.hint, required: true, widget: 'string' });
    expect(field('coverAlt')).toMatchObject({ label: texts.coverAlt.label, hint: texts.coverAlt.hint, required: false });
    expect(figureField('value')).toMatchObject({ label: indicatorFields.value.label, hint: indicatorFields.value.hint, widget: 'number', min: 0 });
    const period = field('period').fields as Array<Record<string, unknown>>;
    expect(period.map((f) => [f.name, f.label, f.format])).toEqual([
      ['from', periodFields.from.label, 'YYYY-MM-DD'],
      ['to', periodFields.to.label, 'YYYY-MM-DD'],
    ]);
  });

  it('marks required exactly the fields the schema requires', () => {
    expect(fields.filter((f) => f.required).map((f) => f.name)).toEqual(['title', 'summary', 'publishedAt', 'unit', 'kind', 'author']);
    const inner = field('indicators').fields as Array<Record<string, unknown>>;
    expect(inner.filter((f) => f.required).map((f) => f.name)).toEqual(['key', 'value']);
  });

  it('writes dates the way the contract reads them, in Vietnam time', () => {
    expect(field('publishedAt')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', picker_utc: false });
    expect((field('period').fields as Array<Record<string, unknown>>)[0]).toMatchObject({ time_format: false, picker_utc: false });
  });

  it('offers units, kinds, qualifiers, organisations and indicators by their Vietnamese names and stores their keys', () => {
    expect(field('unit').options).toEqual([
      { label: 'Tỉnh Quảng Trị (quang-tri)', value: 'quang-tri' },
      { label: 'Xã Mới Nhập (moi-nhap)', value: 'moi-nhap' },
    ]);
    expect(field('kind').options).toContainEqual({ label: 'Sơ kết', value: 'so-ket' });
    expect(figureField('qualifier')).toMatchObject({ default: 'exact', options: [
      { label: 'đúng như số ghi', value: 'exact' },
      { label: 'trên/hơn', value: 'over' },
      { label: 'gần', value: 'under' },
    ] });
    expect(figureField('org').options).toEqual([
      { label: 'Hội Cựu chiến binh (Hội CCB)', value: 'hoi-ccb' },
      { label: 'Hội Nông dân', value: 'hoi-nong-dan' },
    ]);
    expect(figureField('key').options).toEqual([{ label: 'Quà tặng tân binh (suất)', value: 'qua-tan-binh' }]);
  });

  it('keeps a unit on its last day and drops it the day after', () => {
    const unit = { key: 'x', name: 'X', level: 'xa' as const, lastDay: '2026-12-01' };
    expect(isCurrentUnit(unit, '2026-12-01')).toBe(true);
    expect(isCurrentUnit(unit, '2026-12-02')).toBe(false);
    expect(isCurrentUnit({ key: 'y', name: 'Y', level: 'tinh' }, '2099-01-01')).toBe(true);
    expect(unitOptions(catalogues.units, '2026-12-02').map((o) => o.value)).toEqual(['quang-tri']);
  });

  it('stores photos beside the article and points the CMS at the local backend, in Vietnamese', () => {
    expect(config).toMatchObject({
      locale: 'vi',
      backend: { name: 'proxy', proxy_url: 'http://127.0.0.1:4330/api/v1' },
      site_url: 'http://127.0.0.1:4331/',
    });
    expect(config.collections[0]).toMatchObject({
      folder: 'content/articles',
      path: '{{year}}/{{slug}}/index',
      extension: 'md',
      media_folder: '',
      public_folder: '',
      create: true,
    });
    expect(field('cover')).toMatchObject({ widget: 'image', choose_url: false });
    expect(field('indicators')).toMatchObject({ widget: 'list', default: [] });
    expect(field('draft')).toMatchObject({ widget: 'boolean', default: true });
  });

  it('labels the preview with the same names as the pickers', () => {
    expect(previewLabels(catalogues)).toEqual({
      kinds: { 'so-ket': 'Sơ kết', 'tong-ket': 'Tổng kết', 'hoi-nghi': 'Hội nghị', 'tin-hoat-dong': 'Tin hoạt động' },
      qualifiers: { exact: 'đúng như số ghi', over: 'trên/hơn', under: 'gần' },
      indicators: { 'qua-tan-binh': 'Quà tặng tân binh' },
      indicatorUnits: { 'qua-tan-binh': 'suất' },
      organisations: { 'hoi-ccb': 'Hội Cựu chiến binh (Hội CCB)', 'hoi-nong-dan': 'Hội Nông dân' },
    });
    expect(indicatorOptions([])).toEqual([]);
    expect(organisationOptions([])).toEqual([]);
  });
});

describe('every widget setting of the generated form', () => {
  const strip = (f: Record<string, unknown>): Record<string, unknown> => {
    const { label: _l, hint: _h, options: _o, ...rest } = f;
    if (Array.isArray(rest.fields)) rest.fields = (rest.fields as Array<Record<string, unknown>>).map(strip);
    return rest;
  };
  const day = { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false, picker_utc: false, required: false };

  it('uses the widgets and formats the contract needs, field by field', () => {
    expect(fields.map(strip)).toEqual([
      { name: 'title', required: true, widget: 'string' },
      { name: 'summary', required: true, widget: 'text' },
      { name: 'publishedAt', required: true, widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', date_format: 'DD/MM/YYYY', time_format: 'HH:mm', picker_utc: false },
      { name: 'unit', required: true, widget: 'select' },
      { name: 'kind', required: true, widget: 'select' },
      { name: 'period', required: false, widget: 'object', collapsed: false, fields: [{ name: 'from', ...day }, { name: 'to', ...day }] },
      {
        name: 'indicators', required: false, widget: 'list', label_singular: 'số liệu', collapsed: false, default: [],
        summary: '{{fields.key}}: {{fields.value}}',
        fields: [
          { name: 'key', required: true, widget: 'select' },
          { name: 'value', required: true, widget: 'number', value_type: 'float', min: 0, step: 1 },
          { name: 'qualifier', required: false, widget: 'select', default: 'exact' },
          { name: 'org', required: false, widget: 'select' },
          { name: 'note', required: false, widget: 'string' },
        ],
      },
      { name: 'cover', required: false, widget: 'image', choose_url: false },
      { name: 'coverAlt', required: false, widget: 'string' },
      { name: 'coverCaption', required: false, widget: 'string' },
      { name: 'author', required: true, widget: 'string' },
      { name: 'source', required: false, widget: 'string' },
      { name: 'tags', required: false, widget: 'list' },
      { name: 'draft', required: false, widget: 'boolean', default: true },
      { name: 'body', required: false, widget: 'markdown' },
    ]);
    expect(field('body')).toMatchObject({ label: 'Nội dung', hint: expect.stringContaining('chú thích in nghiêng') });
    expect(field('kind').options).toEqual([
      { label: 'Sơ kết', value: 'so-ket' },
      { label: 'Tổng kết', value: 'tong-ket' },
      { label: 'Hội nghị', value: 'hoi-nghi' },
      { label: 'Tin hoạt động', value: 'tin-hoat-dong' },
    ]);
  });

  it('sets up the collection and the CMS exactly', () => {
    const { fields: _f, ...collection } = config.collections[0];
    expect(collection).toEqual({
      name: 'articles',
      label: 'Bài viết',
      label_singular: 'bài viết',
      description: 'Mỗi bài được lưu thành content/articles/<năm>/<tên-bài>/index.md, ảnh đặt cùng thư mục.',
      folder: 'content/articles',
      path: '{{year}}/{{slug}}/index',
      extension: 'md',
      format: 'frontmatter',
      media_folder: '',
      public_folder: '',
      create: true,
      slug: '{{title}}',
      summary: '{{title}}',
      sortable_fields: ['publishedAt', 'title'],
    });
    const { collections: _c, ...top } = config;
    expect(top).toEqual({
      locale: 'vi',
      backend: { name: 'proxy', proxy_url: 'http://127.0.0.1:4330/api/v1', branch: 'main' },
      media_folder: 'content/articles',
      site_url: 'http://127.0.0.1:4331/',
      display_url: 'http://127.0.0.1:4331/',
      show_preview_links: true,
      slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    });
  });

  it('refuses to generate a field the schema texts do not describe', () => {
    expect(() => schemaField(['khong-co'], {}, false)).toThrow('No label for field khong-co in src/i18n/vi.ts');
    expect(() => schemaField(['indicators', 'khong-co'], {}, false)).toThrow('No label for field indicators.khong-co in');
  });
});
