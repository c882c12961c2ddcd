import { describe, expect, it } from 'vitest';
import { appendParagraph, articleUnit, renameUnit } from './preview-edits.ts';

const units = `# Quảng Trị
- key: quang-tri
  name: Tỉnh Quảng Trị
  level: tinh
- key: hai-lang
  level: huyen
  name: Huyện Hải Lăng
  parent: quang-tri
- key: hai-lang-2
  name: Xã Hải Lăng
`;

describe('preview edits', () => {
  it('adds the paragraph after the body, one blank line apart, and keeps the frontmatter', () => {
    const text = '---\ntitle: "Bài"\n---\n\nThân bài.\n\n\n';
    expect(appendParagraph(text, 'Đoạn mới.')).toBe('---\ntitle: "Bài"\n---\n\nThân bài.\n\nĐoạn mới.\n');
  });

  it('renames only the unit asked for, even when its name is not its first field', () => {
    const renamed = renameUnit(units, 'hai-lang', 'Huyện Mới');
    expect(renamed).toBe(units.replace('name: Huyện Hải Lăng', 'name: Huyện Mới'));
  });

  it('renames the first unit of the file and leaves comments alone', () => {
    expect(renameUnit(units, 'quang-tri', 'Tỉnh Mới')).toBe(units.replace('name: Tỉnh Quảng Trị', 'name: Tỉnh Mới'));
  });

  it('leaves the catalogue as it is when the unit is not in it', () => {
    expect(renameUnit(units, 'hai', 'X')).toBe(units);
    expect(renameUnit(units, 'hai.lang', 'X')).toBe(units);
  });

  it('does not take the next unit’s name for a unit without one', () => {
    const text = '- key: a\n  level: tinh\n- key: b\n  name: B\n';
    expect(renameUnit(text, 'a', 'X')).toBe(text);
  });

  it('reads the unit of an article, quoted or not', () => {
    expect(articleUnit('---\ntitle: x\nunit: bac-son\nkind: k\n---\n')).toBe('bac-son');
    expect(articleUnit('---\nunit: "vinh-linh"\n---\n')).toBe('vinh-linh');
    expect(articleUnit('---\nunits: x\n---\n')).toBeUndefined();
  });
});
