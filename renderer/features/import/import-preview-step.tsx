import { IMPORT_KIND_LABELS, PART_ROLE_LABELS, type ImportPreview, type PartRole } from '../../../shared/import/import-schema';
import { roleOfTemplatePart } from '../../../shared/import/map-parts';
import { fillPattern, type TemplateSummary } from '../../../shared/template-schema';
import { api } from '../../api/client';
import { useAsync } from '../../lib/use-async';
import { ImportOutline } from './import-outline';

export interface ImportFields {
  title: string;
  agency: string;
  year: string;
  reportDate: string;
}

interface Props {
  preview: ImportPreview;
  templates: TemplateSummary[];
  roles: Array<PartRole | null>;
  fields: ImportFields;
  onFields(fields: ImportFields): void;
  onTemplate(id: string): void;
  onRole(index: number, role: PartRole | null): void;
}

/** Step 2: the cleaned source on the left, what will be created on the right. */
/** The template's parts by role, with their headings filled for the year (what 归入 offers). */
function usePartLabels(templateId: string, year: number): Partial<Record<PartRole, string>> | null {
  const { data: template } = useAsync(() => api('templates.get', { id: templateId }), templateId);
  if (!template || template.id !== templateId) return null;
  const labels: Partial<Record<PartRole, string>> = {};
  for (const part of template.parts) {
    const role = roleOfTemplatePart(template.id, part.id);
    if (role && !labels[role])
      labels[role] = fillPattern(part.heading, { year: Number.isFinite(year) ? year : new Date().getFullYear() - 1 });
  }
  return labels;
}

export function ImportPreviewStep({ preview, templates, roles, fields, onFields, onTemplate, onRole }: Props) {
  const partLabels = usePartLabels(preview.template, Number(fields.year));
  const set = (key: keyof ImportFields) => (e: { target: { value: string } }) => onFields({ ...fields, [key]: e.target.value });
  return (
    <div className="import-columns">
      <section className="import-source" aria-label="原文">
        <h3>原文（已清理）</h3>
        {preview.sourceLines.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </section>
      <section className="import-result" aria-label="识别结果">
        <h3>识别结果：{IMPORT_KIND_LABELS[preview.kind]}</h3>
        <div className="import-fields">
          <label>
            标题
            <input value={fields.title} onChange={set('title')} />
          </label>
          <label>
            单位名称
            <input value={fields.agency} onChange={set('agency')} />
          </label>
          <label>
            报告年度
            <input type="number" min={1949} max={2200} value={fields.year} onChange={set('year')} />
          </label>
          <label>
            成文日期
            <input type="date" value={fields.reportDate} onChange={set('reportDate')} />
          </label>
          <label>
            模板
            <select value={preview.template} onChange={(e) => onTemplate(e.target.value)}>
              {templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        <ImportOutline sections={preview.sections} roles={roles} partLabels={partLabels} onRole={onRole} />
        {preview.missingParts.length > 0 && (
          <p className="import-missing" role="status">
            缺少必备部分：{preview.missingParts.map((p) => partLabels?.[p] ?? PART_ROLE_LABELS[p]).join('、')}（导入后为空，需要补写）
          </p>
        )}
        {preview.warnings.length > 0 && (
          <ul className="import-warnings">
            {preview.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
