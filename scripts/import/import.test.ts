import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A project folder with the fixtures' catalogues and no article yet. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'bantin-import-'));
  roots.push(root);
  cpSync('tests/fixtures/import/content', join(root, 'content'), { recursive: true });
  return root;
}

const run = (script: string, root: string, args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, BANTIN_CONTENT_DIR: join(root, 'content') } });

const articlesOf = (root: string) =>
  readdirSync(join(root, 'content/articles'), { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('index.md'))
    .sort();

describe('npm run import', { timeout: 60_000 }, () => {
  it('writes a draft per page that passes npm run check, with a report per file', () => {
    const root = project();
    const result = run('scripts/import/import.ts', root, ['tests/fixtures/import']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✓ tests/fixtures/import/html/so-ket-hai-lang.html → ');
    expect(result.stdout).toContain('  Lấy được: tiêu đề; ngày đăng 2022-07-29 16:05; tác giả Hoàng Minh');
    expect(result.stdout).toContain('  Đoán: đơn vị hai-lang (“huyện Hải Lăng”); loại tin so-ket (“sơ kết”)');
    expect(result.stdout).toContain('  Cần kiểm tra: Ảnh: 1 ảnh chưa có tệp');
    expect(result.stdout).toMatch(/Đã nhập 16 bài \(bản nháp\), bỏ qua 0 bài đã có, 0 tệp không nhập được/);
    expect(articlesOf(root)).toHaveLength(16);
    expect(readdirSync(join(root, 'content/articles/2022/ban-chqs-huyen-hai-lang-so-ket-6-thang-chuong-trinh-phoi-hop')).sort()).toEqual(['hoi-ccb.jpg', 'img-2207-1.jpg', 'index.md']);
    const check = run('scripts/check.ts', root, [root]);
    expect(check.stderr).not.toContain('✗');
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('Nội dung hợp lệ: 16 bài viết.');
  });
  it('never overwrites: a second run skips what it imported, even when staff have edited it', () => {
    const root = project();
    run('scripts/import/import.ts', root, ['tests/fixtures/import/html/so-ket-hai-lang.html']);
    const [path] = articlesOf(root);
    const file = join(root, 'content/articles', path);
    const edited = readFileSync(file, 'utf8').replace('author: "Hoàng Minh"', 'author: "Hoàng Văn Minh"');
    writeFileSync(file, edited);
    const again = run('scripts/import/import.ts', root, ['tests/fixtures/import/html/so-ket-hai-lang.html']);
    expect(again.stdout).toContain('= tests/fixtures/import/html/so-ket-hai-lang.html: đã nhập trước đó vào');
    expect(again.stdout).toContain('Đã nhập 0 bài (bản nháp), bỏ qua 1 bài đã có');
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(articlesOf(root)).toEqual([path]);
  });
  it('gives a different page with the same title a slug of its own instead of overwriting', () => {
    const root = project();
    const page = readFileSync('tests/fixtures/import/text/tong-ket-dak-lak.txt', 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'bantin-pages-'));
    roots.push(dir);
    writeFileSync(join(dir, 'a.txt'), page);
    writeFileSync(join(dir, 'b.txt'), page.replace('12.695 buổi', '12.696 buổi'));
    const result = run('scripts/import/import.ts', root, [dir]);
    expect(result.status).toBe(0);
    expect(articlesOf(root)).toEqual([
      '2023/tong-ket-chuong-trinh-phoi-hop-cong-tac-dan-van-nam-2022-2/index.md',
      '2023/tong-ket-chuong-trinh-phoi-hop-cong-tac-dan-van-nam-2022/index.md',
    ]);
  });
  it('writes where --out says, and reports a page it cannot read without stopping the others', () => {
    const root = project();
    const dir = mkdtempSync(join(tmpdir(), 'bantin-pages-'));
    roots.push(dir);
    writeFileSync(join(dir, 'hong.txt'), 'Chỉ một dòng');
    cpSync('tests/fixtures/import/text/tong-ket-dak-lak.txt', join(dir, 'tot.txt'));
    const out = join(root, 'nhap');
    const result = run('scripts/import/import.ts', root, ['--out', out, dir]);
    expect(result.stdout).toMatch(/✗ .*hong\.txt: không tìm thấy/);
    expect(result.stdout).toContain('Đã nhập 1 bài');
    expect(readdirSync(join(out, '2023'))).toEqual(['tong-ket-chuong-trinh-phoi-hop-cong-tac-dan-van-nam-2022']);
  });
  it('explains how to use it, and refuses an unknown unit or a missing path', () => {
    const root = project();
    expect(run('scripts/import/import.ts', root, []).stderr).toContain('Cách dùng: npm run import');
    expect(run('scripts/import/import.ts', root, ['--unit', 'khong-co', 'tests/fixtures/import']).stderr).toContain('Không có đơn vị "khong-co"');
    const missing = run('scripts/import/import.ts', root, ['khong-co-tep.html']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Không có tệp hay thư mục "khong-co-tep.html"');
  });
});
