import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { oneReloadAtATime } from './one-reload-at-a-time.ts';

/** A loader that takes until `finish()` to reload a file, and logs what it started and ended. */
function slowLoader() {
  const watcher = new EventEmitter();
  const log: string[] = [];
  const pending: Array<() => void> = [];
  let content = 'v1';
  watcher.on('change', async (path: string) => {
    const read = content;
    log.push(`start ${path} ${read}`);
    await new Promise<void>((done) => pending.push(done));
    log.push(`end ${path} ${read}`);
  });
  oneReloadAtATime(watcher, (path) => path.endsWith('.md'));
  const settle = () => new Promise((done) => setTimeout(done, 0));
  return {
    watcher,
    log,
    save: (path: string, text: string) => ((content = text), watcher.emit('change', path)),
    finishOne: async () => (pending.shift()!(), await settle(), await settle()),
    running: () => pending.length,
  };
}

describe('oneReloadAtATime', () => {
  it('lets the last save of a file be the last one reloaded', async () => {
    const loader = slowLoader();
    loader.save('/c/a.md', 'v2');
    loader.save('/c/a.md', 'v3');
    expect(loader.running()).toBe(1);
    await loader.finishOne();
    expect(loader.log).toEqual(['start /c/a.md v2', 'end /c/a.md v2', 'start /c/a.md v3']);
    await loader.finishOne();
    expect(loader.log.at(-1)).toBe('end /c/a.md v3');
    expect(loader.running()).toBe(0);
  });

  it('makes one more round, not one per save, for saves that came in meanwhile', async () => {
    const loader = slowLoader();
    loader.save('/c/a.md', 'v2');
    loader.save('/c/a.md', 'v3');
    loader.save('/c/a.md', 'v4');
    await loader.finishOne();
    await loader.finishOne();
    expect(loader.log).toEqual(['start /c/a.md v2', 'end /c/a.md v2', 'start /c/a.md v4', 'end /c/a.md v4']);
    expect(loader.running()).toBe(0);
  });

  it('reloads different files side by side', () => {
    const loader = slowLoader();
    loader.save('/c/a.md', 'v2');
    loader.save('/c/b.md', 'v2');
    expect(loader.running()).toBe(2);
  });

  it('reloads a file again when it is saved after its reload ended', async () => {
    const loader = slowLoader();
    loader.save('/c/a.md', 'v2');
    await loader.finishOne();
    loader.save('/c/a.md', 'v3');
    expect(loader.log.at(-1)).toBe('start /c/a.md v3');
  });

  it('keeps a round going when a listener fails', async () => {
    const watcher = new EventEmitter();
    const seen: string[] = [];
    watcher.on('change', async (path: string) => {
      seen.push(path);
      throw new Error('broken');
    });
    oneReloadAtATime(watcher, () => true);
    watcher.emit('change', '/c/a.md');
    watcher.emit('change', '/c/a.md');
    await new Promise((done) => setTimeout(done, 5));
    expect(seen).toEqual(['/c/a.md', '/c/a.md']);
    watcher.emit('change', '/c/a.md');
    expect(seen).toHaveLength(3);
  });

  it('passes other files and other events through at once', () => {
    const loader = slowLoader();
    const other: unknown[] = [];
    loader.watcher.on('unlink', (path) => other.push(['unlink', path]));
    loader.watcher.on('all', (event, path) => other.push(['all', event, path]));
    loader.save('/c/a.css', 'v2');
    loader.save('/c/a.css', 'v3');
    expect(loader.running()).toBe(2);
    expect(loader.watcher.emit('unlink', '/c/a.md')).toBe(true);
    loader.watcher.emit('all', 'change', '/c/a.md');
    expect(other).toEqual([['unlink', '/c/a.md'], ['all', 'change', '/c/a.md']]);
  });

  it('hands the listeners the arguments of the save, with the watcher as this', async () => {
    const watcher = new EventEmitter();
    const calls: unknown[] = [];
    watcher.on('add', function (this: unknown, path: string, stats: unknown) {
      calls.push([this === watcher, path, stats]);
    });
    oneReloadAtATime(watcher, () => true);
    expect(watcher.emit('add', '/c/new.md', { size: 3 })).toBe(true);
    expect(watcher.emit('change', '/c/new.md')).toBe(false);
    await new Promise((done) => setTimeout(done, 0));
    expect(calls).toEqual([[true, '/c/new.md', { size: 3 }]]);
  });

  it('takes a new file’s first save the same way', async () => {
    const watcher = new EventEmitter();
    const started: string[] = [];
    const pending: Array<() => void> = [];
    watcher.on('add', async (path: string) => {
      started.push(path);
      await new Promise<void>((done) => pending.push(done));
    });
    oneReloadAtATime(watcher, () => true);
    watcher.emit('add', '/c/new.md');
    watcher.emit('add', '/c/new.md');
    expect(started).toEqual(['/c/new.md']);
  });

  it('never holds back a deletion or any other event, even while the file reloads', async () => {
    const watcher = new EventEmitter();
    const seen: unknown[][] = [];
    // Every listener slow, and every path a content file: only the event decides.
    for (const event of ['change', 'unlink', 'all', 'error']) {
      watcher.on(event, async (...args: unknown[]) => {
        seen.push([event, ...args]);
        await new Promise(() => {});
      });
    }
    oneReloadAtATime(watcher, () => true);
    watcher.emit('change', '/c/a.md');
    watcher.emit('unlink', '/c/a.md');
    watcher.emit('unlink', '/c/a.md');
    watcher.emit('all', '/c/a.md');
    watcher.emit('all', '/c/a.md');
    const failure = new Error('watch failed');
    watcher.emit('error', failure);
    watcher.emit('error', failure);
    expect(seen).toEqual([
      ['change', '/c/a.md'],
      ['unlink', '/c/a.md'],
      ['unlink', '/c/a.md'],
      ['all', '/c/a.md'],
      ['all', '/c/a.md'],
      ['error', failure],
      ['error', failure],
    ]);
  });
});
