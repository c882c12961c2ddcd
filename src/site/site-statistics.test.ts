import { describe, expect, it } from 'vitest';
import { loadStatistics, STATISTICS_TIMING, unitLineage } from './site-statistics.ts';

describe('the statistics of a build', () => {
  it('prints a timing line the benchmark reads back', () => {
    const s = loadStatistics([], { indicators: new Map(), units: new Map(), organisations: new Map() }, 'https://example.org');
    expect(s.timing).toMatch(/^Thống kê: 0 số liệu → 0 tổng theo năm, tính trong \d+ ms\.$/);
    expect(STATISTICS_TIMING.exec(s.timing)?.[1]).toMatch(/^\d+$/);
    expect(s.warnings).toEqual([]);
  });

  it('tells unit pages which unit ended, its successor, and a successor its predecessors', () => {
    const lineage = unitLineage([
      { key: 'dak-lak', name: 'Tỉnh Đắk Lắk', level: 'tinh' },
      { key: 'ea-kar', name: 'Huyện Ea Kar', level: 'huyen', parent: 'dak-lak', lastDay: '2025-06-30', successor: 'dak-lak' },
      { key: 'phu-yen', name: 'Tỉnh Phú Yên', level: 'tinh', lastDay: '2025-06-30', successor: 'dak-lak' },
    ]);
    expect(lineage.get('phu-yen')).toEqual({ ended: '30/06/2025', successor: { key: 'dak-lak', name: 'Tỉnh Đắk Lắk' }, predecessors: [] });
    expect(lineage.get('dak-lak')).toEqual({ ended: undefined, successor: undefined, predecessors: [{ key: 'phu-yen', name: 'Tỉnh Phú Yên' }] });
  });
});
