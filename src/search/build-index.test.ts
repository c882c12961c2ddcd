import { describe, expect, it } from 'vitest';
import { indexableDocument } from './build-index.ts';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="vi"><head><title>T</title></head><body><header><nav>Trang chủ</nav></header>${body}<footer>Chân trang</footer></body></html>`;

describe('indexableDocument', () => {
  it('keeps only the element Pagefind indexes, in a document with the page language', () => {
    const doc = indexableDocument(page('<main><article class="article" data-pagefind-body><h1>Đoàn</h1><p>Nội dung</p></article><section>Tin liên quan</section></main>'));
    expect(doc).toBe('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"></head><body><article class="article" data-pagefind-body><h1>Đoàn</h1><p>Nội dung</p></article></body></html>');
  });
  it('leaves out pages without data-pagefind-body', () => {
    expect(indexableDocument(page('<main><p>Lưu trữ</p></main>'))).toBeUndefined();
  });
});
