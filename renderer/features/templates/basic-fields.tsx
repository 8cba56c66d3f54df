import { TEMPLATE_KINDS } from '../../../shared/template-schema';
import { KIND_LABELS, type TemplateDraft } from './template-draft';

interface Props {
  draft: TemplateDraft;
  onChange(patch: Partial<TemplateDraft>): void;
}

/** Name, kind, description, title pattern and the two structure switches of a template. */
export function BasicFields({ draft, onChange }: Props) {
  return (
    <section className="template-card" aria-label="基本信息">
      <h2>基本信息</h2>
      <label>
        模板名称
        <input value={draft.name} onChange={(e) => onChange({ name: e.target.value })} maxLength={100} />
      </label>
      <label>
        报告类型
        <select value={draft.kind} onChange={(e) => onChange({ kind: e.target.value as TemplateDraft['kind'] })}>
          {TEMPLATE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      <label>
        说明
        <textarea rows={3} value={draft.description} onChange={(e) => onChange({ description: e.target.value })} />
      </label>
      <label>
        标题格式
        <input value={draft.titlePattern} onChange={(e) => onChange({ titlePattern: e.target.value })} />
        <span className="hint muted">
          {'{agency}'} 替换为单位名称，{'{year}'} 替换为报告年度。例：{'{agency}关于{year}年法治政府建设情况的报告'}
        </span>
      </label>
      <div className="flag-row">
        <label className="checkbox">
          <input type="checkbox" checked={draft.allowExtraParts} onChange={(e) => onChange({ allowExtraParts: e.target.checked })} />
          允许在报告中添加模板以外的部分
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={draft.fixedPartOrder} onChange={(e) => onChange({ fixedPartOrder: e.target.checked })} />
          固定必填部分的顺序
        </label>
      </div>
    </section>
  );
}
