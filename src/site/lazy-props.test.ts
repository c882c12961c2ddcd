import { describe, expect, it } from 'vitest';
import { withLazyValues } from './lazy-props.ts';

describe('withLazyValues', () => {
  it('works a value out only when it is read, once', () => {
    let calls = 0;
    const props = withLazyValues({ article: 'a' }, { related: () => (calls++, ['b', 'c']) });
    expect(calls).toBe(0);
    expect(props.related).toEqual(['b', 'c']);
    expect(props.related).toBe(props.related);
    expect(calls).toBe(1);
  });

  it('looks like plain props to a spread, JSON.stringify and Object.keys', () => {
    const props = withLazyValues({ article: 'a' }, { related: () => ['b'], count: () => 2 });
    expect({ ...props }).toEqual({ article: 'a', related: ['b'], count: 2 });
    expect(JSON.stringify(withLazyValues({ a: 1 }, { b: () => 2 }))).toBe('{"a":1,"b":2}');
    expect(Object.keys(withLazyValues({ a: 1 }, { b: () => 2 }))).toEqual(['a', 'b']);
  });

  it('works out nothing for a page whose props are never read', () => {
    let calls = 0;
    const pages = Array.from({ length: 3 }, (_, i) => withLazyValues({ i }, { heavy: () => (calls++, i * 2) }));
    expect(pages[1].heavy).toBe(2);
    expect(calls).toBe(1);
  });

  it('lets a page replace a value it was handed', () => {
    const props = withLazyValues({}, { count: () => 1 });
    props.count = 5;
    expect(props.count).toBe(5);
    const unread = withLazyValues({}, { count: () => 1 });
    Object.defineProperty(unread, 'count', { value: 7 });
    expect(unread.count).toBe(7);
  });

  it('gives a failing value its error at each read, not a half-kept value', () => {
    let calls = 0;
    const props = withLazyValues({}, {
      broken: () => {
        calls++;
        throw new Error('no data');
      },
    });
    expect(() => props.broken).toThrow('no data');
    expect(() => props.broken).toThrow('no data');
    expect(calls).toBe(2);
  });

  it('stays a plain property once read: listed, writable, redefinable', () => {
    const props = withLazyValues({ article: 'a' }, { count: () => 1 });
    expect(props.count).toBe(1);
    expect(Object.keys(props)).toEqual(['article', 'count']);
    props.count = 2;
    expect(props.count).toBe(2);
    Object.defineProperty(props, 'count', { value: 3 });
    expect(props.count).toBe(3);
  });
});
