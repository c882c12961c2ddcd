import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileForUrlPath, listHtmlFiles, urlPathOfFile } from './site-files.ts';

describe('urlPathOfFile', () => {
  it('gives a folder index its folder address and any other page its file name', () => {
    expect(urlPathOfFile('index.html')).toBe('/');
    expect(urlPathOfFile('nam/2022/index.html')).toBe('/nam/2022/');
    expect(urlPathOfFile('404.html')).toBe('/404.html');
  });
});

describe('files of a built site', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'bantin-files-'));
    mkdirSync(join(root, 'bai-viet/hoi-nghi'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '');
    writeFileSync(join(root, 'bai-viet/hoi-nghi/index.html'), '');
    writeFileSync(join(root, 'bai-viet/hoi-nghi/ảnh.jpg'), '');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lists the pages, sorted, with forward slashes', async () => {
    expect(await listHtmlFiles(root)).toEqual(['bai-viet/hoi-nghi/index.html', 'index.html']);
  });

  it('resolves an address as the server does: the file, or the folder’s index.html', () => {
    expect(fileForUrlPath(root, '/bai-viet/hoi-nghi/')).toBe(join(root, 'bai-viet/hoi-nghi/index.html'));
    expect(fileForUrlPath(root, '/bai-viet/hoi-nghi/%E1%BA%A3nh.jpg')).toBe(join(root, 'bai-viet/hoi-nghi/ảnh.jpg'));
    expect(fileForUrlPath(root, '/bai-viet/khong-co/')).toBeUndefined();
  });

  it('never resolves outside the site folder', () => {
    expect(fileForUrlPath(root, '/../../etc/passwd')).toBeUndefined();
  });
});
