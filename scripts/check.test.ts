import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function project(articleText: string): string {
  const root = mkdtempSync(join(tmpdir(), 'bantin-check-'));
  roots.push(root);
  const files: Record<string, string> = {
    'content/units.yaml': '- { key: gia-vien, name: Huyện Gia Viễn, level: huyen, parent: ninh-binh }\n- { key: ninh-binh, name: Tỉnh Ninh Bình, level: tinh }\n',
    'content/organisations.yaml': '- { key: doan-tn, name: Đoàn Thanh niên, short: Đoàn TN }\n',
    'content/indicators.yaml': '- { key: tuyen-quan-nguoi, label: Thanh niên nhập ngũ, unit: người, aggregate: sum, group: Tuyển quân }\n',
    'content/articles/2019/so-ket/index.md': articleText,
    // The portal's own settings are part of every content folder (src/schema/portal.ts).
    'content/site.yaml': readFileSync('content/site.yaml', 'utf8'),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const article = (value: string, body: string) =>
  `---\ntitle: Sơ kết\nsummary: Tóm tắt.\npublishedAt: "2019-06-14T15:00"\nunit: gia-vien\nkind: so-ket\nauthor: Minh Đức\nindicators:\n  - { key: tuyen-quan-nguoi, value: ${value} }\nperiod: { from: "2019-01-01", to: "2019-06-30" }\n---\n\n${body}\n`;

function runCheck(root: string) {
  return spawnSync(process.execPath, ['scripts/check.ts', root], { encoding: 'utf8', env: { ...process.env, BANTIN_CONTENT_DIR: '' } });
}

describe('npm run check', { timeout: 60_000 }, () => {
  it('lists figure warnings apart from errors and keeps the exit code 0 for warnings alone', () => {
    const run = runCheck(project(article('1600', 'Có 1.500 thanh niên lên đường nhập ngũ.')));
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('2 cảnh báo về số liệu (không chặn xuất bản');
    expect(run.stderr).toMatch(/⚠ content\/articles\/2019\/so-ket\/index\.md:9 › indicators\[0\]\.value: Số liệu "Thanh niên nhập ngũ" ghi 1\.600 người/);
    expect(run.stderr).toContain('"1.500 thanh niên" (dòng 13)');
    expect(run.stderr).not.toContain('✗');
    expect(run.stdout).toContain('Nội dung hợp lệ: 1 bài viết.');
  });
  it('prints nothing but the result when the figures agree with the text', () => {
    const run = runCheck(project(article('1600', 'Có 1.600 thanh niên lên đường nhập ngũ.')));
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
  it('still fails on errors, and shows the warnings after them', () => {
    const run = runCheck(project(article('1600', 'Có 1.500 thanh niên.').replace('author: Minh Đức\n', '')));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('✗');
    // A broken article is not compared with its text: its fields cannot be trusted yet.
    expect(run.stderr).not.toContain('⚠');
  });
});
