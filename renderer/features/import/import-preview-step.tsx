import './import-preview.css';
import {
  IMPORT_KIND_LABELS,
  IMPORT_KINDS,
  PART_ROLE_LABELS,
  type ImportKind,
  type ImportPreview,
  type PartRole,
} from '../../../shared/import/import-schema';
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
  onKind(kind: ImportKind): void;
  onSimplify(simplify: boolean): void;
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

export function ImportPreviewStep({ preview, templates, roles, fields, onFields, onTemplate, onRole, onKind, onSimplify }: Props) {
  const partLabels = usePartLabels(preview.template, Number(fields.year));
  const set = (key: keyof ImportFields) => (e: { target: { value: string } }) => onFields({ ...fields, [key]: e.target.value });
  return (
    <div className="import-columns">
      <section className="import-source" aria-label="原文">
        <h3>原文（已清理）</h3>
        {preview.sourceLines.map((line, i) => (
          <p key={i} className={line.includes('\t') ? 'import-source-table' : undefined}>
            {line}
          </p>
        ))}
      </section>
      <section className="import-result" aria-label="识别结果">
        <h3>识别结果：{IMPORT_KIND_LABELS[preview.kind]}</h3>
        {preview.traditional && (
          <label className="import-simplify">
            <input type="checkbox" checked={preview.simplified} onChange={(e) => onSimplify(e.target.checked)} />
            原文是繁体字，转换为简体字导入
          </label>
        )}
        <div className="import-fields">
          <label>
            文稿类型
            <select value={preview.kind} onChange={(e) => onKind(e.target.value as ImportKind)}>
              {IMPORT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {IMPORT_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
          <details className="import-kind-reasons">
            <summary>把握 {Math.round(preview.kindConfidence * 100)}%：依据</summary>
            <ul>
              {preview.kindReasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </details>
          <label>
            标题
            <input value={fields.title} onChange={set('title')} />
          </label>
          <label>
            落款（单位名称）
            <input value={fields.agency} onChange={set('agency')} />
          </label>
          <p className="muted import-found">原文落款：{preview.signature ?? '（未找到）'}</p>
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
        <ImportOutline
          sections={preview.sections}
          roles={roles}
          partLabels={partLabels}
          suggestions={preview.suggestions}
          onRole={onRole}
        />
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
