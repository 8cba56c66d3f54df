import { describe, expect, it } from 'vitest';
import { fillPattern, formatTemplateIssues, TemplateSchema } from '../../shared/template-schema';

const guidance = { summary: '说明' };
const valid = {
  schemaVersion: 1,
  id: 'my-template',
  name: '我的模板',
  kind: 'other',
  titlePattern: '{agency}{year}年工作报告',
  openingGuidance: guidance,
  closingGuidance: guidance,
  parts: [{ id: 'review', heading: '{year}年工作回顾', required: true, guidance }],
};

function messageFor(raw: unknown): string {
  const result = TemplateSchema.safeParse(raw);
  if (result.success) throw new Error('expected the template to be refused');
  return formatTemplateIssues(result.error);
}

describe('template schema', () => {
  it('accepts a minimal template and fills defaults', () => {
    const t = TemplateSchema.parse(valid);
    expect(t.parts[0]!.subsections).toEqual([]);
    expect(t.allowExtraParts).toBe(true);
  });

  it('names the field of a wrong value, in Chinese', () => {
    const message = messageFor({ ...valid, parts: [{ ...valid.parts[0], required: '是' }] });
    expect(message).toContain('parts[0].required');
    expect(message).toContain('部分 › 第1项 › 必填');
  });

  it('names a missing field', () => {
    const { titlePattern: _omit, ...missing } = valid;
    expect(messageFor(missing)).toContain('titlePattern（标题格式）');
  });

  it('names an unknown field', () => {
    expect(messageFor({ ...valid, colour: 'red' })).toContain('不认识的字段：colour');
  });

  it('refuses duplicate part ids', () => {
    expect(messageFor({ ...valid, parts: [valid.parts[0], valid.parts[0]] })).toContain('部分编号“review”重复');
  });

  it('fills agency and years in patterns', () => {
    expect(fillPattern('{agency}关于{year}年的报告，{nextYear}年安排', { agency: '某局', year: 2024 })).toBe(
      '某局关于2024年的报告，2025年安排',
    );
  });
});
