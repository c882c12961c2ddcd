import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleSlug, closeStage, flushStagedPages, indexableDocument, openStage, reconcileStage, stageRenderedPage } from './search-stage.ts';

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

describe('the search stage across builds', () => {
  let work: string;
  let stage: string;
  let site: string;
  let cache: string;
  const publish = async (slug: string, html: string) => {
    await mkdir(join(site, 'bai-viet', slug), { recursive: true });
    await writeFile(join(site, 'bai-viet', slug, 'index.html'), html);
  };
  const staged = (slug: string) => readFile(join(stage, 'bai-viet', slug, 'index.html'), 'utf8');
  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), 'bantin-stage-'));
    [stage, site, cache] = ['stage', 'site', 'cache'].map((d) => join(work, d));
    await mkdir(cache);
    await writeFile(join(cache, 'incremental-build.json'), '{"version":1}');
  });
  afterEach(() => rm(work, { recursive: true, force: true }));

  it('stages rendered article pages with đ respelled, and nothing else', async () => {
    await openStage(stage, cache);
    stageRenderedPage('/bai-viet/doan/', page('Đoàn'), stage);
    stageRenderedPage('/nam/2024/', page('Năm 2024'), stage);
    await flushStagedPages();
    expect(await staged('doan')).toContain('<h1>Ďoàn</h1>');
    expect(existsSync(join(stage, 'nam'))).toBe(false);
  });

  it('stages from the built site what was not rendered, and drops unpublished articles', async () => {
    await openStage(stage, cache);
    stageRenderedPage('/bai-viet/go-xuong/', page('Bài đã gỡ'), stage);
    await flushStagedPages();
    await publish('con-lai', page('Bài còn lại'));
    await publish('chua-danh-dau', page('Không có dấu', false));
    expect(await reconcileStage(stage, site)).toEqual({ pages: 1, unmarked: 1 });
    expect(await staged('con-lai')).toContain('Bài còn lại');
    expect(existsSync(join(stage, 'bai-viet', 'go-xuong'))).toBe(false);
    expect(existsSync(join(stage, 'bai-viet', 'chua-danh-dau'))).toBe(false);
  });

  it('keeps its documents for the next build only if that build completed', async () => {
    await openStage(stage, cache);
    stageRenderedPage('/bai-viet/bai/', page('Bài'), stage);
    await flushStagedPages();
    await closeStage(stage, cache);
    await openStage(stage, cache);
    expect(existsSync(join(stage, 'bai-viet', 'bai'))).toBe(true);
    // This build fails before closeStage: the next one cannot trust what it staged.
    await openStage(stage, cache);
    expect(existsSync(join(stage, 'bai-viet', 'bai'))).toBe(false);
  });

  it('starts empty when Astro’s page cache changed behind its back', async () => {
    await openStage(stage, cache);
    stageRenderedPage('/bai-viet/bai/', page('Bài'), stage);
    await flushStagedPages();
    await closeStage(stage, cache);
    await writeFile(join(cache, 'incremental-build.json'), '{"version":1,"routes":{}}');
    await openStage(stage, cache);
    expect(existsSync(join(stage, 'bai-viet', 'bai'))).toBe(false);
  });
});
