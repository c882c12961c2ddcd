import { describe, expect, it } from 'vitest';
import { validateContent } from './validate-content.ts';
import { formatContentError } from './content-error.ts';

const catalogues = {
  units: { path: 'content/units.yaml', text: '- { key: ninh-binh, name: Tỉnh Ninh Bình, level: tinh }' },
  organisations: { path: 'content/organisations.yaml', text: '- { key: doan-tn, name: Đoàn TN }' },
  indicators: { path: 'content/indicators.yaml', text: '- { key: tuyen-quan-nguoi, label: Thanh niên nhập ngũ, unit: người, aggregate: sum, group: Tuyển quân }' },
};

function check(extra: string) {
  const text = `---\ntitle: Bài cũ\nsummary: Tóm tắt.\npublishedAt: "2019-06-14T15:00"\nunit: ninh-binh\nkind: so-ket\nauthor: Minh Đức\n${extra}\n---\n\nNội dung.\n`;
  return validateContent({ catalogues, articles: [{ path: 'content/articles/2019/bai-cu/index.md', text }], fileExists: () => false }).errors.map(formatContentError);
}

const markers = `indicatorSuggestions:
  - { value: 200, qualifier: over, unitText: suất quà, context: "trao hơn 200 suất quà", key: tuyen-quan-nguoi, org: doan-tn }
review:
  - "Đơn vị: đoán từ “tỉnh Ninh Bình”"`;

describe('review markers of imported drafts', () => {
  it('are accepted in a draft', () => {
    expect(check(`draft: true\n${markers}`)).toEqual([]);
  });
  it('are refused once the article is no longer a draft, naming what to do', () => {
    const errors = check(markers);
    expect(errors).toEqual([
      expect.stringMatching(/:9 › indicatorSuggestions: Trường "indicatorSuggestions" chỉ dùng cho bài nháp/),
      expect.stringMatching(/:11 › review: Trường "review" chỉ dùng cho bài nháp/),
    ]);
    expect(check(`draft: false\n${markers}`)).toHaveLength(2);
  });
  it('check a suggestion like an indicator: catalogue keys, a plain number, a context', () => {
    const errors = check(`draft: true\nindicatorSuggestions:\n  - { value: "1.600", key: khong-co, org: doan-tn }`);
    expect(errors.join('\n')).toContain('indicatorSuggestions[0].value');
    expect(errors.join('\n')).toContain('indicatorSuggestions[0].key: Không có khóa "khong-co"');
    expect(errors.join('\n')).toContain('indicatorSuggestions[0].context');
  });
});
