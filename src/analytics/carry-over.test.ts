import { existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { carryOverCounters } from './carry-over.ts';
import { tempFolder } from '../../tests/helpers/temp-folder.ts';

describe('carryOverCounters', () => {
  it('copies luot-xem/ from the published site into the next one, times kept', async () => {
    const work = tempFolder('bantin-carry-');
    mkdirSync(join(work, 'dist/luot-xem/trang'), { recursive: true });
    writeFileSync(join(work, 'dist/luot-xem/tong-quan.json'), '{"today":3}');
    writeFileSync(join(work, 'dist/luot-xem/trang/0.json'), '{}');
    // An old time, far from the copy's: a copy that did not keep it would show.
    utimesSync(join(work, 'dist/luot-xem/tong-quan.json'), new Date('2024-01-02T03:04:05Z'), new Date('2024-01-02T03:04:05Z'));
    mkdirSync(join(work, 'dist.next'));
    await carryOverCounters(join(work, 'dist'), join(work, 'dist.next'));
    expect(readFileSync(join(work, 'dist.next/luot-xem/tong-quan.json'), 'utf8')).toBe('{"today":3}');
    expect(statSync(join(work, 'dist.next/luot-xem/tong-quan.json')).mtime.toISOString()).toBe('2024-01-02T03:04:05.000Z');
    expect(readFileSync(join(work, 'dist.next/luot-xem/trang/0.json'), 'utf8')).toBe('{}');
    expect(Math.round(statSync(join(work, 'dist.next/luot-xem/tong-quan.json')).mtimeMs / 1000)).toBe(Math.round(statSync(join(work, 'dist/luot-xem/tong-quan.json')).mtimeMs / 1000));
  });

  it('does nothing before the first analytics run', async () => {
    const work = tempFolder('bantin-carry-');
    mkdirSync(join(work, 'dist.next'));
    await carryOverCounters(join(work, 'dist'), join(work, 'dist.next'));
    expect(existsSync(join(work, 'dist.next/luot-xem'))).toBe(false);
  });
});
