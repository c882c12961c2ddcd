import { describe, expect, it } from 'vitest';
import { parsePagePath, urls } from './urls.ts';

describe('urls (every internal link)', () => {
  it('builds each page\'s address with a trailing slash', () => {
    expect(urls.home()).toBe('/');
    expect(urls.article('gia-vien-so-ket')).toBe('/bai-viet/gia-vien-so-ket/');
    expect(urls.years()).toBe('/nam/');
    expect(urls.year(2023)).toBe('/nam/2023/');
    expect(urls.year('2023')).toBe('/nam/2023/');
    expect(urls.units()).toBe('/don-vi/');
    expect(urls.unit('gia-vien')).toBe('/don-vi/gia-vien/');
    expect(urls.tags()).toBe('/chu-de/');
    expect(urls.statistics()).toBe('/thong-ke/');
    expect(urls.rss()).toBe('/rss.xml');
  });

  it('writes no page number for page 1 and the number from page 2 on', () => {
    expect(urls.year(2023, 1)).toBe('/nam/2023/');
    expect(urls.year(2023, 2)).toBe('/nam/2023/2/');
    expect(urls.unit('gia-vien', 1)).toBe('/don-vi/gia-vien/');
    expect(urls.unit('gia-vien', 12)).toBe('/don-vi/gia-vien/12/');
    expect(urls.tag('Dân vận', 1)).toBe('/chu-de/dan-van/');
    expect(urls.tag('Dân vận', 3)).toBe('/chu-de/dan-van/3/');
    expect(urls.author('Trần Thị Bình', 2)).toBe('/tac-gia/tran-thi-binh/2/');
  });

  it('gives one tag or author page to every spelling of a name', () => {
    expect(urls.tag('Đoàn Thanh niên')).toBe('/chu-de/doan-thanh-nien/');
    expect(urls.tag('đoàn thanh niên')).toBe('/chu-de/doan-thanh-nien/');
    expect(urls.tag('Doan Thanh Nien')).toBe('/chu-de/doan-thanh-nien/');
    expect(urls.author('Trần Thị Bình')).toBe('/tac-gia/tran-thi-binh/');
    expect(urls.author('Trần Thị Bình')).toBe('/tac-gia/tran-thi-binh/');
  });

  it('puts a search query in the address, encoded, and none when there is no query', () => {
    expect(urls.search('Đoàn TN')).toBe('/tim-kiem/?q=%C4%90o%C3%A0n%20TN');
    expect(urls.search('a&b')).toBe('/tim-kiem/?q=a%26b');
    expect(urls.search()).toBe('/tim-kiem/');
    expect(urls.search('')).toBe('/tim-kiem/');
  });
});

describe('parsePagePath', () => {
  it('reads every page the URL builders make back to that page', () => {
    expect(parsePagePath(urls.home())).toEqual({ type: 'home' });
    expect(parsePagePath(urls.article('gia-vien-so-ket'))).toEqual({ type: 'article', slug: 'gia-vien-so-ket' });
    expect(parsePagePath(urls.year(2023))).toEqual({ type: 'year', year: 2023, page: 1 });
    expect(parsePagePath(urls.year(2023, 3))).toEqual({ type: 'year', year: 2023, page: 3 });
    expect(parsePagePath(urls.unit('gia-vien', 2))).toEqual({ type: 'unit', key: 'gia-vien', page: 2 });
    expect(parsePagePath(urls.tag('Đoàn Thanh niên'))).toEqual({ type: 'tag', key: 'doan-thanh-nien', page: 1 });
    expect(parsePagePath(urls.author('Trần Thị Bình'))).toEqual({ type: 'author', key: 'tran-thi-binh', page: 1 });
    expect(parsePagePath(urls.statistics())).toEqual({ type: 'statistics' });
    expect(parsePagePath(urls.search('doan'))).toEqual({ type: 'search' });
    expect(parsePagePath(urls.years())).toEqual({ type: 'years' });
    expect(parsePagePath(urls.units())).toEqual({ type: 'units' });
    expect(parsePagePath(urls.tags())).toEqual({ type: 'tags' });
    expect(parsePagePath(urls.visitorStatistics())).toEqual({ type: 'visitorStatistics' });
  });

  it('reads the statistics pages back, and refuses their odd shapes', () => {
    expect(parsePagePath(urls.statisticsIndicator('nha-tinh-nghia'))).toEqual({ type: 'statistics-indicator', key: 'nha-tinh-nghia' });
    expect(parsePagePath(urls.statisticsRules())).toEqual({ type: 'statistics-rules' });
    expect(parsePagePath(urls.statisticsQuality())).toEqual({ type: 'statistics-quality' });
    expect(parsePagePath('/thong-ke/chi-tieu/')).toBeUndefined();
    expect(parsePagePath('/thong-ke/cach-tinh/2/')).toBeUndefined();
    expect(parsePagePath('/thong-ke/khac/')).toBeUndefined();
    expect(urls.openData('tong-hop', 'csv')).toBe('/du-lieu/tong-hop.csv');
    expect(parsePagePath(urls.openData('chi-so', 'json'))).toBeUndefined();
  });

  it('treats /a/b, /a/b/ and /a/b/index.html as one page', () => {
    const article = { type: 'article', slug: 'x-y' };
    expect(parsePagePath('/bai-viet/x-y')).toEqual(article);
    expect(parsePagePath('/bai-viet/x-y/')).toEqual(article);
    expect(parsePagePath('/bai-viet/x-y/index.html')).toEqual(article);
    expect(parsePagePath('/bai-viet/x-y/?utm=1#top')).toEqual(article);
    expect(parsePagePath('/bai-viet/x-y?utm=1')).toEqual(article);
    expect(parsePagePath('/bai-viet/x-y#top')).toEqual(article);
    expect(parsePagePath('/bai-viet/x-y/index.html?utm=1')).toEqual(article);
    expect(parsePagePath('/index.html')).toEqual({ type: 'home' });
    expect(parsePagePath('/?utm=1')).toEqual({ type: 'home' });
  });

  it('reads the page number of every paged archive from page 2 on', () => {
    expect(parsePagePath('/nam/2023/2/')).toEqual({ type: 'year', year: 2023, page: 2 });
    expect(parsePagePath('/don-vi/gia-vien/10/')).toEqual({ type: 'unit', key: 'gia-vien', page: 10 });
    expect(parsePagePath('/chu-de/dan-van/2/')).toEqual({ type: 'tag', key: 'dan-van', page: 2 });
    expect(parsePagePath('/tac-gia/tran-thi-binh/')).toEqual({ type: 'author', key: 'tran-thi-binh', page: 1 });
    expect(parsePagePath('/tim-kiem/?q=doan')).toEqual({ type: 'search' });
  });

  it('refuses what the portal does not build: assets, page 1 written out, odd segments', () => {
    expect(parsePagePath('/_astro/site.css')).toBeUndefined();
    expect(parsePagePath('/rss.xml')).toBeUndefined();
    expect(parsePagePath('/nam/2023/1/')).toBeUndefined();
    expect(parsePagePath('/nam/2023/0/')).toBeUndefined();
    expect(parsePagePath('/nam/23/')).toBeUndefined();
    expect(parsePagePath('/bai-viet/x/2/')).toBeUndefined();
    expect(parsePagePath('/bai-viet/')).toBeUndefined();
    expect(parsePagePath('/khac/x/')).toBeUndefined();
    expect(parsePagePath('/don-vi/Gia-Vien/')).toBeUndefined();
    expect(parsePagePath('/don-vi/a/b/c/')).toBeUndefined();
    expect(parsePagePath('bai-viet/x/')).toBeUndefined();
    expect(parsePagePath('/nam/2023/02/')).toBeUndefined();
    expect(parsePagePath('/nam/2023/x/')).toBeUndefined();
    expect(parsePagePath('/nam/2023/2x/')).toBeUndefined();
    expect(parsePagePath('/nam/2023/x2/')).toBeUndefined();
    expect(parsePagePath('/chu-de/dan-van/index.html2/')).toBeUndefined();
    expect(parsePagePath('/nam/20233/')).toBeUndefined();
    expect(parsePagePath('/nam/2023/2/x/')).toBeUndefined();
    expect(parsePagePath('/don-vi/gia-vien/2/3/')).toBeUndefined();
    expect(parsePagePath('/tac-gia/')).toBeUndefined();
    expect(parsePagePath('/thong-ke/x/')).toBeUndefined();
    expect(parsePagePath('/khac/')).toBeUndefined();
    expect(parsePagePath('/bai-viet/x--y/')).toBeUndefined();
    expect(parsePagePath('/bai-viet/x_y/')).toBeUndefined();
    expect(parsePagePath('/bai-viet/x-y/trang.html')).toBeUndefined();
  });
});
