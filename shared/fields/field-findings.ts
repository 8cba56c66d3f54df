import type { CheckParagraph, Finding } from '../checks/types';
import type { DataField, FieldValue } from './field-schema';

/**
 * The prose against the report's data fields (issue 17):
 * - `figures.field-mismatch`: a statement of a field's quantity whose number differs from the
 *   field's value (「出庭应诉率100%」 while the field says 95%);
 * - `figures.prose-mismatch`: two statements of one quantity that disagree (「共审核规范性文件12件」,
 *   「审核的15件规范性文件」), reported at the later one.
 * A statement is a clause (between ，。；) holding every word of one of the field's terms and a
 * number in the field's unit.
 */
interface Statement {
  field: DataField;
  value: number;
  paragraph: CheckParagraph;
  start: number;
  length: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

function statements(paragraphs: readonly CheckParagraph[], fields: readonly DataField[]): Statement[] {
  const out: Statement[] = [];
  for (const p of paragraphs) {
    if (p.role !== 'body') continue;
    for (const clause of p.text.matchAll(/[^，。；！？,;]+/gu)) {
      const text = clause[0];
      for (const field of fields) {
        if (field.type === 'date' || !field.unit) continue;
        if (!field.terms.some((words) => words.every((w) => text.includes(w)))) continue;
        const unit = field.unit === '%' ? '[%％]' : escape(field.unit);
        const m = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*${unit}`, 'u').exec(text);
        if (!m) continue;
        out.push({ field, value: Number(m[1]), paragraph: p, start: clause.index + m.index, length: m[0].length });
      }
    }
  }
  return out;
}

const finding = (s: Statement, rule: string, name: string, message: string): Finding => ({
  rule,
  name,
  category: '一致性',
  severity: 'error',
  sectionId: s.paragraph.sectionId,
  paragraph: s.paragraph.index,
  start: s.start,
  length: s.length,
  excerpt: s.paragraph.text.slice(s.start, s.start + s.length),
  message,
  fix: null,
});

export function fieldFindings(
  paragraphs: readonly CheckParagraph[],
  fields: readonly DataField[],
  values: Readonly<Record<string, FieldValue>>,
): Finding[] {
  const out: Finding[] = [];
  const first = new Map<string, Statement>();
  for (const s of statements(paragraphs, fields)) {
    const value = values[s.field.id];
    if (typeof value === 'number') {
      if (value !== s.value)
        out.push(
          finding(
            s,
            'figures.field-mismatch',
            '正文与数据不一致',
            `正文写${s.field.label}为 ${s.value}${s.field.unit}，数据中填的是 ${value}${s.field.unit}：请核对正文或数据。`,
          ),
        );
      continue;
    }
    const earlier = first.get(s.field.id);
    if (!earlier) first.set(s.field.id, s);
    else if (earlier.value !== s.value)
      out.push(
        finding(
          s,
          'figures.prose-mismatch',
          '同一数字前后不一致',
          `${s.field.label}在这里写的是 ${s.value}${s.field.unit}，前文（“${earlier.paragraph.text.slice(earlier.start, earlier.start + earlier.length)}”）写的是 ${earlier.value}${earlier.field.unit}：请统一。`,
        ),
      );
  }
  return out;
}
