import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleSlug, flushStagedPages, indexableDocument, reconcileStage, stageRenderedPage } from './search-stage.ts';

const page = (text: string, marked = true) =>
  `<!DOCTYPE html><html lang="vi"><head><title>Tin</title></head><body><nav>Trang chủ</nav><article${marked ? ' data-pagefind-body' : ''}><h1>${text}</h1></article><footer>Chân trang</footer></body></html>`;

describe('indexableDocument', () => {
  it('keeps the marked article and the page language, drops header and footer', () => {
    const doc = indexableDocument(page('Đoàn Thanh niên'))!;
    expect(doc).toBe('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"></head><body><article data-pagefind-body><h1>Đoàn Thanh niên</h1></article></body></html>');
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
  const staged = (slug: string) => readFile(join(stage, 'bai-viet', slug, 'index.html'), 'utf8');
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
    expect(existsSync(join(stage, 'bai-viet', 'go-xuong'))).toBe(false);
    expect(existsSync(join(stage, 'bai-viet', 'chua-danh-dau'))).toBe(false);
  });
});
