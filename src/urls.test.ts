import { describe, expect, it } from 'vitest';
import { parsePagePath, urls } from './urls.ts';

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
  });
});
