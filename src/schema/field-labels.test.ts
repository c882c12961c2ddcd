import { describe, expect, it } from 'vitest';
import { fieldText } from './field-labels.ts';
import { articleFields, indicatorFields, periodFields } from '../i18n/vi.ts';

describe('fieldText (the label and hint the check, npm run new and the editor show for a field)', () => {
  it('gives an article field its own text', () => {
    expect(fieldText(['title'])).toBe(articleFields.title);
    expect(fieldText(['period'])).toBe(articleFields.period);
    expect(fieldText(['indicators'])).toBe(articleFields.indicators);
  });

  it('gives a figure\'s field the figure\'s text, whatever its position in the list', () => {
    expect(fieldText(['indicators', 2, 'value'])).toBe(indicatorFields.value);
    expect(fieldText(['indicators', 0, 'period'])).toBe(indicatorFields.period);
  });

  it('gives both ends of a period, the article\'s or a figure\'s, the period\'s texts', () => {
    expect(fieldText(['period', 'from'])).toBe(periodFields.from);
    expect(fieldText(['period', 'to'])).toBe(periodFields.to);
    expect(fieldText(['indicators', 1, 'period', 'to'])).toBe(periodFields.to);
  });

  it('knows no text for a path the schema does not have', () => {
    expect(fieldText([])).toBeUndefined();
    expect(fieldText([0])).toBeUndefined();
    expect(fieldText(['sumary'])).toBeUndefined();
    expect(fieldText(['toString'])).toBeUndefined();
    expect(fieldText(['title', 'x'])).toBeUndefined();
    expect(fieldText(['tags', 0, 'value'])).toBeUndefined();
    expect(fieldText(['period', 'value'])).toBeUndefined();
    expect(fieldText(['period', 'from', 'x'])).toBeUndefined();
    expect(fieldText(['indicators', 0, 'from'])).toBeUndefined();
    expect(fieldText(['indicators', 0, 'value', 'x'])).toBeUndefined();
    expect(fieldText(['indicators', 0, 'note', 'to'])).toBeUndefined();
    expect(fieldText(['indicators', 0, 'period', 'value'])).toBeUndefined();
    expect(fieldText(['indicators', 0, 'period', 'from', 'x'])).toBeUndefined();
    expect(fieldText(['indicators', 0, 'hasOwnProperty'])).toBeUndefined();
  });
});
