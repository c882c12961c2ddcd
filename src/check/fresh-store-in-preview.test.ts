import { describe, expect, it } from 'vitest';
import { reloadModulesWithEachNewStore, STORE_CHANGED, type HotChannel } from './fresh-store-in-preview.ts';

function channel() {
  const sent: unknown[][] = [];
  const hot: HotChannel & { self?: unknown } = {
    send(...args: unknown[]) {
      sent.push(args);
      hot.self = this;
    },
  };
  reloadModulesWithEachNewStore(hot);
  return { hot, sent };
}

describe('reloadModulesWithEachNewStore', () => {
  it("follows Astro's own announcement (invalidateDataStore in astro/dist/content)", () => {
    expect(STORE_CHANGED).toBe('astro:content-changed');
  });

  it('follows each new-store announcement with a module reload, after it', () => {
    const { hot, sent } = channel();
    hot.send(STORE_CHANGED, {});
    hot.send(STORE_CHANGED, {});
    expect(sent).toEqual([[STORE_CHANGED, {}], [{ type: 'full-reload' }], [STORE_CHANGED, {}], [{ type: 'full-reload' }]]);
  });

  it('passes every other message through as it was, and adds nothing', () => {
    const { hot, sent } = channel();
    hot.send({ type: 'update', updates: [] });
    hot.send('astro:routes-updated', { x: 1 });
    hot.send({ type: 'full-reload' });
    expect(sent).toEqual([[{ type: 'update', updates: [] }], ['astro:routes-updated', { x: 1 }], [{ type: 'full-reload' }]]);
  });

  it("returns the channel's own send, which announces a store without a module reload", () => {
    const sent: unknown[][] = [];
    const hot: HotChannel = { send: (...args: unknown[]) => void sent.push(args) };
    const quiet = reloadModulesWithEachNewStore(hot);
    quiet(STORE_CHANGED, {});
    expect(sent).toEqual([[STORE_CHANGED, {}]]);
  });

  it('sends through the channel itself', () => {
    const { hot } = channel();
    hot.send(STORE_CHANGED, {});
    expect(hot.self).toBe(hot);
  });
});
