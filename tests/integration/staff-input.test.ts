/**
 * Files as communications staff actually produce them, through `npm run build`: a Notepad file
 * with a byte-order mark is built and published; legacy encodings, impossible values and YAML
 * mistakes are refused with their Vietnamese message, file, line and field, and the published
 * dist/ stays byte for byte as it was.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const fixture = 'tests/fixtures/content-staff-input';
const exec = promisify(execFile);

async function build(outDir: string, content: string, cache: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return exec('npm', ['run', 'build', '--', '--out', outDir], {
    cwd: root,
    env: { ...process.env, BANTIN_CONTENT_DIR: content, BANTIN_CACHE_DIR: cache },
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return new Map(await Promise.all(files.map(async (f) => [relative(dir, f), await readFile(f)] as const)));
}

describe('a build with the files staff produce, each refused', () => {
  let work: string;
  let result: { code: number; stdout: string; stderr: string };
  let before: Map<string, Buffer>;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'bantin-staff-input-'));
    // A published site with pages, a photo and a nested folder, to compare byte for byte.
    await mkdir(join(work, 'dist', 'bai-viet', 'cu'), { recursive: true });
    await writeFile(join(work, 'dist', 'index.html'), '<!DOCTYPE html><title>Bản đã xuất bản</title>');
    await writeFile(join(work, 'dist', 'bai-viet', 'cu', 'index.html'), '<!DOCTYPE html><title>Bài cũ</title>');
    await writeFile(join(work, 'dist', 'anh.webp'), Buffer.from([0x52, 0x49, 0x46, 0x46, 0, 1, 2, 255]));
    before = await filesOf(join(work, 'dist'));
    result = await build(join(work, 'dist'), fixture, join(work, 'cache'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  const at = (slug: string, where = '') => `${fixture}/articles/2022/${slug}/index.md${where}`;

  it.each([
    ['Windows-1258', at('bang-ma-windows-1258', ':2: Tệp không lưu ở dạng UTF-8 mà có vẻ ở bảng mã Windows-1258 (bảng mã tiếng Việt cũ của Windows); đọc theo bảng mã đó, dòng này là "title: Hội nghị sơ kết công tác dân vận 1258". Hãy mở tệp bằng Notepad, chọn File › Save As, ở ô Encoding chọn UTF-8 rồi lưu đè')],
    ['TCVN3 saved as UTF-8 by Word', at('bang-ma-tcvn3', ':2: Chữ trong tệp được gõ bằng bảng mã TCVN3 (ABC), của các phông .VnTime, .VnArial, sẽ hiện sai trên cổng; đọc theo bảng mã đó, dòng này là "title: Hội nghị sơ kết công tác dân vận tcvn3". Hãy chuyển sang Unicode: chép toàn bộ nội dung tệp, mở UniKey, bấm Ctrl+Shift+F6 (Công cụ chuyển mã), chọn Nguồn "TCVN3 (ABC)" và Đích "Unicode"')],
    ['VNI saved as ANSI', at('bang-ma-vni', ':2: Chữ trong tệp được gõ bằng bảng mã VNI Windows, của các phông VNI-Times, sẽ hiện sai trên cổng; đọc theo bảng mã đó, dòng này là "title: Hội nghị sơ kết công tác dân vận VNI". Hãy chuyển sang Unicode: chép toàn bộ nội dung tệp, mở UniKey, bấm Ctrl+Shift+F6 (Công cụ chuyển mã), chọn Nguồn "VNI Windows"')],
    ['UTF-16', at('luu-utf-16', ':1: Tệp được lưu ở dạng UTF-16 (Notepad gọi là "Unicode"), không phải UTF-8. Hãy mở tệp bằng Notepad')],
    ['a negative figure', at('so-lieu-am', ':9 › indicators[0].value: Số liệu là số người, số việc hay số tiền nên không thể âm; nhận được -1600. Hãy viết số không có dấu trừ (ví dụ: 1600)')],
    ['updatedAt before publishedAt', at('cap-nhat-truoc-khi-dang', ':8 › updatedAt: Ngày cập nhật 2022-06-13T08:00 sớm hơn ngày đăng 2022-06-14; ngày cập nhật phải bằng hoặc sau ngày đăng')],
    ['a colon in a summary', at('hai-cham-trong-tom-tat', ':3 › summary: Phần đầu bài (frontmatter) viết sai cú pháp YAML: giá trị của summary có dấu hai chấm nên YAML hiểu nhầm là một trường mới; hãy đặt cả giá trị trong dấu nháy kép thẳng: summary: "Kết quả: Đoàn thanh niên tỉnh Ninh Bình tổ chức hội nghị."')],
    ['items under indicators: []', at('danh-sach-trong-co-muc', ':8 › indicators: Phần đầu bài (frontmatter) viết sai cú pháp YAML: "indicators: []" nghĩa là danh sách trống, nhưng bên dưới lại có các mục; hãy xóa "[]" để dòng chỉ còn "indicators:"')],
    ['a tab as indentation', at('thut-dong-bang-tab', ':9 › indicators[0]: Phần đầu bài (frontmatter) viết sai cú pháp YAML: dòng này thụt đầu dòng bằng phím Tab; YAML chỉ nhận dấu cách')],
    ['an unclosed quote', at('thieu-dau-nhay', ':7 › author: Phần đầu bài (frontmatter) viết sai cú pháp YAML: dấu nháy " mở đầu giá trị nhưng không có dấu nháy đóng; hãy thêm " vào cuối giá trị: author: "Nguyễn Văn An"')],
    ['12,6 triệu in { }', at('so-lieu-co-dau-phay', ':9 › indicators[0].value: Số liệu phải là một số viết liền, không dấu chấm, dấu phẩy hay chữ: hãy viết 12600000 thay cho "12,6 triệu"')],
    ['qualifier: trên', at('muc-chinh-xac-tieng-viet', ':9 › indicators[0].qualifier: Chỉ nhận một trong các giá trị: exact, over, under; nhận được chữ "trên"; hãy viết over')],
    ['an iPhone photo named .jpg', at('anh-iphone', ':8 › cover: Tệp ảnh "./anh.jpg" là ảnh HEIC (định dạng mặc định của iPhone), cổng không đọc được; hãy chuyển ảnh sang JPEG rồi chép lại')],
    ['a zero-width space', at('ky-tu-an', ':5 › unit: Dòng này có ký tự ẩn: dấu cách rộng bằng không (U+200B), thường do dán từ Word hay trang web; hãy xóa dòng này và gõ lại')],
  ])('refuses %s with its file, line, field and what to write', (_, message) => {
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`  ✗ ${message}`);
  });

  it('counts exactly these problems: the Notepad file with a byte-order mark and CRLF is accepted', () => {
    expect(result.stderr).toContain('Nội dung có 14 lỗi cần sửa trước khi xuất bản');
    expect(result.stderr).not.toContain('co-bom-va-crlf');
  });

  it('shows no English build log', () => {
    expect(`${result.stdout}\n${result.stderr}`).not.toMatch(/\[(vite|build|content)\]|Error:|^\s+at /m);
  });

  it('leaves the published dist/ byte for byte as it was, with nothing half-written beside it', async () => {
    expect(await filesOf(join(work, 'dist'))).toEqual(before);
    expect(existsSync(join(work, 'dist.next'))).toBe(false);
  });
});

describe('a build of a portal with files saved by Windows Notepad', () => {
  let work: string;
  let articleCount = 0;
  let result: { code: number; stdout: string; stderr: string };
  const bomMd = 'articles/2022/ban-chqs-huyen-hai-lang-so-ket-6-thang-chuong-trinh-phoi-hop-nam-2022';
  const bomMdx = 'articles/2024/tuoi-tre-luc-luong-vu-trang-dak-lak-tinh-nguyen-he-2024';

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'bantin-notepad-'));
    const content = join(work, 'content');
    await cp(join(root, 'content'), content, { recursive: true });
    for (const file of [join(content, bomMd, 'index.md'), join(content, bomMdx, 'index.mdx')]) {
      const text = await readFile(file, 'utf8');
      await writeFile(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/g, '\r\n'))]));
    }
    articleCount = (await readdir(join(content, 'articles'), { recursive: true })).filter((f) => /index\.mdx?$/.test(String(f))).length;
    result = await build(join(work, 'dist'), content, join(work, 'cache'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it.each([
    [bomMd, 'Ban CHQS huyện Hải Lăng sơ kết 6 tháng chương trình phối hợp năm 2022'],
    [bomMdx, 'Tuổi trẻ lực lượng vũ trang'],
  ])('publishes %s with its title, no stray mark in the page, and lists it in its year', async (folder, title) => {
    expect(result.code).toBe(0);
    const [, year, slug] = folder.split('/');
    const page = await readFile(join(work, 'dist', 'bai-viet', slug, 'index.html'), 'utf8');
    expect(page).toMatch(new RegExp(`<h1[^>]*>${title}`));
    expect(page).not.toContain('\uFEFF');
    expect(await readFile(join(work, 'dist', 'nam', year, 'index.html'), 'utf8')).toContain(`/bai-viet/${slug}/`);
  });

  it('tells staff in a few Vietnamese lines what was built, how long it took and what to look at', () => {
    const lines = result.stdout.trim().split('\n').filter((line) => !line.startsWith('>') && line.trim() !== '');
    expect(lines[0]).toBe('Đang dựng cổng thông tin… (nhật ký chi tiết ghi vào .bantin/build.log)');
    expect(lines[1]).toMatch(new RegExp(`^✓ Đã dựng xong ${work.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/dist/ trong \\d+,\\d giây: \\d+ trang, ${articleCount} bài viết, kèm chỉ mục tìm kiếm\\.$`));
    expect(result.stdout).toContain('Xem trước bản vừa dựng: npm run serve rồi mở http://localhost:4321/');
    expect(lines.length).toBeLessThanOrEqual(8);
    expect(result.stdout).not.toMatch(/\[(vite|build|content)\]/);
  });

  it('keeps Astro’s full log in .bantin/build.log', async () => {
    const log = await readFile(join(root, '.bantin', 'build.log'), 'utf8');
    expect(log).toMatch(/\[build\] \d+ page\(s\) built/);
  });
});

describe('a build that fails for a reason other than content', () => {
  it('prints Astro’s log, then says in Vietnamese that the build failed and dist/ is as it was', async () => {
    const work = await mkdtemp(join(tmpdir(), 'bantin-astro-fails-'));
    try {
      await mkdir(join(work, 'dist'));
      await writeFile(join(work, 'dist', 'index.html'), 'cũ');
      // A site address Astro's own configuration check refuses: Astro stops with its English log.
      const failed = await exec('npm', ['run', 'build', '--', '--out', join(work, 'dist')], {
        cwd: root,
        env: { ...process.env, BANTIN_SITE_URL: 'khong-phai-dia-chi', BANTIN_CACHE_DIR: join(work, 'cache') },
      }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error,
      );
      expect(failed.code).not.toBe(0);
      expect(failed.stderr).toContain('Invalid URL');
      expect(failed.stderr).toMatch(
        /✗ Dựng không thành công\. Nhật ký đầy đủ ở trên và trong \.bantin\/build\.log; bản đã xuất bản trước đó \(dist\/\) vẫn giữ nguyên\.\n {2}Chi tiết: /,
      );
      expect(await readFile(join(work, 'dist', 'index.html'), 'utf8')).toBe('cũ');
      expect(await readFile(join(root, '.bantin', 'build.log'), 'utf8')).toContain('Invalid URL');
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 300_000);
});
