import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleSlug, flushStagedPages, indexableDocument, reconcileStage, stageRenderedPage } from './search-stage.ts';

const page = (text: string, marked = true, year = '2024') =>
  `<!DOCTYPE html><html lang="vi"><head><title>Tin</title></head><body><nav>Trang chủ</nav><article${marked ? ' data-pagefind-body' : ''}><h1>${text}</h1><span data-pagefind-filter="year:${year}"></span></article><footer>Chân trang</footer></body></html>`;

describe('indexableDocument', () => {
  it('keeps the marked article and the page language, drops header and footer', () => {
    const doc = indexableDocument(page('Đoàn Thanh niên'))!;
    expect(doc).toBe('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"></head><body><article data-pagefind-body><h1>Đoàn Thanh niên</h1><span data-pagefind-filter="year:2024"></span></article></body></html>');
  });
  it('is undefined for a page without the marker', () => {
    expect(indexableDocument('<html><body><p>Trang chủ</p></body></html>')).toBeUndefined();
  });
});

describe('articleSlug', () => {
  it('recognises article pages only', () => {
    expect(articleSlug('/bai-viet/so-ket-2024/')).toBe('so-ket-2024');
    expect(articleSlug('/nam/2024/')).toBeUndefined();
    expect(articleSlug('/bai-viet/')).toBeUndefined();
  });
});

describe('the search stage', () => {
  let work: string;
  let stage: string;
  let site: string;
  const publish = async (slug: string, html: string) => {
    await mkdir(join(site, 'bai-viet', slug), { recursive: true });
    await writeFile(join(site, 'bai-viet', slug, 'index.html'), html);
  };
  const staged = (slug: string, year = '2024') => readFile(join(stage, year, 'bai-viet', slug, 'index.html'), 'utf8');
  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), 'bantin-stage-'));
    [stage, site] = ['stage', 'site'].map((d) => join(work, d));
  });
  afterEach(() => rm(work, { recursive: true, force: true }));

  it('stages rendered article pages with đ respelled', async () => {
    stageRenderedPage(stage, 'doan', page('Đoàn'));
    await flushStagedPages();
    expect(await staged('doan')).toContain('<h1>Ďoàn</h1>');
  });

  it('names the article and the folder when a document cannot be written', async () => {
    await writeFile(join(work, 'not-a-folder'), '');
    stageRenderedPage(join(work, 'not-a-folder'), 'doan', page('Đoàn'));
    await expect(flushStagedPages()).rejects.toThrow(/Không ghi được bài "doan" vào thư mục tài liệu tìm kiếm/);
  });

  it('stages from the built site what was not rendered, and drops unpublished articles', async () => {
    stageRenderedPage(stage, 'go-xuong', page('Bài đã gỡ'));
    await flushStagedPages();
    await publish('con-lai', page('Bài còn lại'));
    await publish('chua-danh-dau', page('Không có dấu', false));
    expect(await reconcileStage(stage, site)).toEqual({ pages: 1, unmarked: 1 });
    expect(await staged('con-lai')).toContain('Bài còn lại');
    expect(existsSync(join(stage, '2024', 'bai-viet', 'go-xuong'))).toBe(false);
    expect(existsSync(join(stage, '2024', 'bai-viet', 'chua-danh-dau'))).toBe(false);
  });

  it('files each document under the year it is filed under, and moves it when the year changes', async () => {
    stageRenderedPage(stage, 'doi-nam', page('Bài', true, '2023'));
    await flushStagedPages();
    expect(await staged('doi-nam', '2023')).toContain('<h1>Bài</h1>');
    stageRenderedPage(stage, 'doi-nam', page('Bài', true, '2024'));
    await flushStagedPages();
    expect(await staged('doi-nam', '2024')).toContain('<h1>Bài</h1>');
    expect(existsSync(join(stage, '2023', 'bai-viet', 'doi-nam'))).toBe(false);
  });

  it('leaves a document whose bytes did not change untouched, so its year keeps its index', async () => {
    stageRenderedPage(stage, 'giu-nguyen', page('Bài'));
    await flushStagedPages();
    const file = join(stage, '2024', 'bai-viet', 'giu-nguyen', 'index.html');
    const before = (await stat(file)).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    stageRenderedPage(stage, 'giu-nguyen', page('Bài'));
    await flushStagedPages();
    expect((await stat(file)).mtimeMs).toBe(before);
    stageRenderedPage(stage, 'giu-nguyen', page('Bài đã sửa'));
    await flushStagedPages();
    expect((await stat(file)).mtimeMs).not.toBe(before);
  });
});
