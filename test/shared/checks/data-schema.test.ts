import { describe, expect, it } from 'vitest';
import { parseCheckData, UserListsSchema } from '../../../shared/checks/data-schema';
import { CHECK_DATA } from './check-helpers';

describe('check data', () => {
  it('the shipped data is valid and dated', () => {
    expect(CHECK_DATA.plenarySessions.length).toBeGreaterThan(10);
    expect(CHECK_DATA.confusables.some((c) => c.whitelist.includes('法制审核'))).toBe(true);
  });

  it('refuses a broken pattern with a message naming the field', () => {
    const bad = structuredClone(CHECK_DATA);
    bad.confusables[0]!.pattern = '法制(';
    expect(() => parseCheckData(bad)).toThrow(/confusables\.0\.pattern：不是有效的正则表达式/);
  });

  it('refuses a formula of the four 亲自 that has three items', () => {
    const bad = structuredClone(CHECK_DATA);
    bad.fourQinzi = bad.fourQinzi.slice(0, 3);
    expect(() => parseCheckData(bad)).toThrow(/四个亲自/);
  });

  it('user lists are validated with Chinese messages', () => {
    const r = UserListsSchema.safeParse({ leaders: [{ name: ' ', title: '县长' }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('请填写姓名');
  });
});
