import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validatePortal } from './validate-portal.ts';

const path = 'content/site.yaml';
const sample = readFileSync(new URL('../../content/site.yaml', import.meta.url), 'utf8');
const check = (text: string) => validatePortal({ path, text }, path);

describe('the portal settings', () => {
  it('accepts the sample portal’s file, marked as sample', () => {
    const result = check(sample);
    expect(result.errors).toEqual([]);
    expect(result.portal).toMatchObject({ sample: true, logo: '/logo.png' });
    expect(result.portal!.navigation[0]).toEqual({ label: 'Trang chủ', href: '/' });
  });
  it('names a missing file and what it must hold', () => {
    expect(validatePortal(undefined, path).errors).toEqual([{ file: path, field: '', message: expect.stringContaining('Thiếu tệp content/site.yaml') }]);
  });
  it('names each missing or wrong field in Vietnamese', () => {
    const text = sample.replace(/^agency:.*$/m, '').replace(/^email:.*$/m, 'email: banbientap').replace(/href: \/nam\//, 'href: https://example.com/');
    const errors = check(text).errors;
    expect(errors.map((e) => e.field).sort()).toEqual(['agency', 'email', 'navigation[1].href']);
    expect(errors.find((e) => e.field === 'agency')!.message).toBe('Thiếu trường bắt buộc này');
    expect(errors.find((e) => e.field === 'email')!.message).toMatch(/^Cần một địa chỉ thư điện tử .*"banbientap"/);
    expect(errors.find((e) => e.field === 'navigation[1].href')!.message).toMatch(/^Cần một đường dẫn trong trang/);
    expect(errors.every((e) => e.file === path)).toBe(true);
  });
  it('refuses a misspelt field instead of ignoring it, and an empty menu', () => {
    const errors = check(sample.replace(/^phone:/m, 'phon:').replace(/navigation:[\s\S]*$/, 'navigation: []\n')).errors;
    expect(errors.map((e) => e.field).sort()).toEqual(['navigation', 'phon', 'phone']);
    expect(errors.find((e) => e.field === 'navigation')!.message).toBe('Danh sách cần ít nhất một mục');
  });
  it('says when the file is not YAML, or not a set of fields', () => {
    expect(check('name: [').errors[0].message).toMatch(/^Tệp viết sai cú pháp YAML/);
    expect(check('- name: x').errors[0].message).toMatch(/^Tệp thông tin cổng phải là/);
    expect(check('').errors[0].message).toMatch(/^Tệp thông tin cổng phải là/);
    expect(check('~').errors[0].message).toMatch(/^Tệp thông tin cổng phải là/);
  });
  it('takes another site’s address for neither the logo nor a menu link', () => {
    expect(check(sample.replace('logo: /logo.png', 'logo: //cdn.example.com/logo.png')).errors.map((e) => e.field)).toEqual(['logo']);
  });
});
