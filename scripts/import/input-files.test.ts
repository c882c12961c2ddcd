import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodePage, findPhotoBeside, listInputFiles } from './input-files.ts';

const root = mkdtempSync(join(tmpdir(), 'bantin-input-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const put = (path: string, text = 'x') => {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
  return full;
};

describe('which files npm run import reads', () => {
  put('bai-cu/b.html');
  put('bai-cu/a.HTM');
  put('bai-cu/con/c.txt');
  put('bai-cu/b_files/anh.jpg');
  put('bai-cu/b_files/frame.html');
  put('bai-cu/d-Dateien/inner.htm');
  put('bai-cu/ghi-chu.md');
  put('bai-cu/anh.png');
  put('le.pdf');

  it('reads every page in a folder and its subfolders, sorted, but not the pages a saved page keeps in its _files folder', async () => {
    expect(await listInputFiles([join(root, 'bai-cu')])).toEqual([join(root, 'bai-cu/a.HTM'), join(root, 'bai-cu/b.html'), join(root, 'bai-cu/con/c.txt')]);
  });
  it('reads a file named on the command line whatever its name, once even when named twice or also inside a folder', async () => {
    expect(await listInputFiles([join(root, 'le.pdf'), join(root, 'bai-cu/b.html'), join(root, 'bai-cu'), join(root, 'le.pdf')])).toEqual([
      join(root, 'bai-cu/a.HTM'),
      join(root, 'bai-cu/b.html'),
      join(root, 'bai-cu/con/c.txt'),
      join(root, 'le.pdf'),
    ]);
  });
  it('fails on a path that does not exist', async () => {
    await expect(listInputFiles([join(root, 'khong-co')])).rejects.toThrow();
  });
});

describe('where a saved page’s photo is', () => {
  const page = put('luu/Trang tin.html');
  const inFiles = put('luu/Trang tin_files/IMG 01.jpg');
  const beside = put('luu/hinh/anh-ben-canh.png');
  const flat = put('luu/phang.jpg');
  const dateien = put('luu/Trang tin-Dateien/de.jpg');
  const dotFiles = put('luu/Trang tin.files/mac.jpg');
  const liferay = put('luu/Trang tin_files/tang-qua.jpg');
  mkdirSync(join(root, 'luu/Trang tin_files/thu-muc.jpg'), { recursive: true });

  it('follows the relative path the page wrote, %-escapes and query strings included', () => {
    expect(findPhotoBeside(page, 'Trang%20tin_files/IMG%2001.jpg?w=600#x')).toBe(inFiles);
    expect(findPhotoBeside(page, 'hinh/anh-ben-canh.png')).toBe(beside);
  });
  it('looks beside the page for a photo moved out of its folder', () => {
    expect(findPhotoBeside(page, '/uploads/2023/phang.jpg')).toBe(flat);
  });
  it('finds a remote photo the browser saved in the page’s _files, -Dateien or .files folder', () => {
    expect(findPhotoBeside(page, 'https://portal.gov.vn/uploads/IMG%2001.jpg?t=1')).toBe(inFiles);
    expect(findPhotoBeside(page, '//portal.gov.vn/de.jpg')).toBe(dateien);
    expect(findPhotoBeside(page, 'http://portal.gov.vn/mac.jpg')).toBe(dotFiles);
    expect(findPhotoBeside(page, '/documents/20182/0/tang-qua.jpg/2f0c-11ee?t=1685625480')).toBe(liferay);
  });
  it('looks for a remote photo only in the page’s own folder of files: a file of that name elsewhere may be another photo', () => {
    expect(findPhotoBeside(page, 'https://portal.gov.vn/uploads/phang.jpg')).toBeUndefined();
    expect(findPhotoBeside(page, 'https://portal.gov.vn/Trang%20tin_files/IMG%2001.jpg')).toBe(inFiles);
  });
  it('finds the folder of a page whose name has dots in it', () => {
    const dotted = put('luu/Bai.so.1.html');
    const photo = put('luu/Bai.so.1_files/anh.jpg');
    expect(findPhotoBeside(dotted, 'https://portal.gov.vn/anh.jpg')).toBe(photo);
  });
  it('gives nothing for a photo that was not saved, an inline data address or a folder with a photo’s name', () => {
    expect(findPhotoBeside(page, 'https://portal.gov.vn/uploads/khong-co.jpg')).toBeUndefined();
    expect(findPhotoBeside(page, 'data:image/gif;base64,R0lGOD')).toBeUndefined();
    expect(findPhotoBeside(page, 'https://portal.gov.vn/')).toBeUndefined();
    expect(findPhotoBeside(page, 'Trang tin_files/thu-muc.jpg')).toBeUndefined();
    expect(findPhotoBeside(page, 'khong-co.jpg')).toBeUndefined();
  });
  it('reads a page address with a broken %-escape as written', () => {
    const odd = put('luu/100%.jpg');
    expect(findPhotoBeside(page, '100%.jpg')).toBe(odd);
  });
});

describe('the text of a saved page', () => {
  const vietnamese = 'Hội nghị sơ kết';
  it('reads UTF-8 with or without its byte-order mark', () => {
    expect(decodePage(Buffer.from(vietnamese))).toBe(vietnamese);
    expect(decodePage(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(vietnamese)]))).toBe(vietnamese);
  });
  it('strips only a whole byte-order mark: text may begin with two of its three bytes', () => {
    // "ỿ" is EF BB BF minus the first byte (E1 BB BF); U+FEFC is EF BB BC.
    for (const text of ['ỿ a', '\ufefc a', 'ếch']) expect(decodePage(Buffer.from(text)), text).toBe(text);
    expect(decodePage(Buffer.from([0xef, 0x41, 0xbf, 0x42]))).toBe('\ufffdA\ufffdB');
  });
  it('reads UTF-16 only by a whole two-byte mark', () => {
    expect(decodePage(Buffer.from([0xff, 0x41, 0x42, 0x43]))).toBe('\ufffdABC');
    expect(decodePage(Buffer.from([0x41, 0xfe, 0x42, 0x43]))).toBe('A\ufffdBC');
    expect(decodePage(Buffer.from([0xfe, 0x41, 0x42, 0x43]))).toBe('\ufffdABC');
    expect(decodePage(Buffer.from([0x41, 0xff, 0x42, 0x43]))).toBe('A\ufffdBC');
  });
  it('reads UTF-16 in both byte orders by its mark', () => {
    expect(decodePage(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(vietnamese, 'utf16le')]))).toBe(vietnamese);
    const bigEndian = Buffer.from(vietnamese, 'utf16le').swap16();
    expect(decodePage(Buffer.concat([Buffer.from([0xfe, 0xff]), bigEndian]))).toBe(vietnamese);
  });
  it('reads the legacy charset a <meta> declares (windows-1258 of old portals)', () => {
    // "Hà" in windows-1258: H, a, combining grave (0xCC).
    const page = Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><p>H'), Buffer.from([0x61, 0xcc]), Buffer.from('</p>')]);
    expect(decodePage(page).normalize('NFC')).toContain('<p>Hà</p>');
    const latin = Buffer.concat([Buffer.from("<meta charset='ISO-8859-1'>"), Buffer.from([0xe9])]);
    expect(decodePage(latin)).toBe("<meta charset='ISO-8859-1'>é");
  });
  it('reads UTF-8 when the page declares it, or a charset Node does not know', () => {
    expect(decodePage(Buffer.from(`<meta charset="utf-8">${vietnamese}`))).toBe(`<meta charset="utf-8">${vietnamese}`);
    expect(decodePage(Buffer.from(`<meta charset=UTF8>${vietnamese}`))).toBe(`<meta charset=UTF8>${vietnamese}`);
    expect(decodePage(Buffer.from(`<meta charset="x-khong-co">${vietnamese}`))).toBe(`<meta charset="x-khong-co">${vietnamese}`);
  });
  it('reads the charset however the <meta> spaces and quotes it', () => {
    const latin = (meta: string) => decodePage(Buffer.concat([Buffer.from(meta), Buffer.from([0xe9])])).endsWith('é');
    expect(latin('<meta http-equiv="Content-Type" content="text/html; charset = ISO-8859-1">')).toBe(true);
    expect(latin('<META CHARSET=" iso-8859-1">')).toBe(true);
    expect(latin('<meta content="text/html" charset=windows-1252>')).toBe(true);
  });
  it('looks for the charset only in the first 4 KB', () => {
    const late = Buffer.concat([Buffer.from(' '.repeat(4096)), Buffer.from('<meta charset="ISO-8859-1">'), Buffer.from(vietnamese)]);
    expect(decodePage(late).endsWith(vietnamese)).toBe(true);
  });
});
