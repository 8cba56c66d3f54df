import type { ChangeEvent } from 'react';
import type { TemplateSummary } from '../../../shared/template-schema';
import { KIND_LABELS } from './template-draft';

export interface ListActions {
  open(t: TemplateSummary): void;
  copy(t: TemplateSummary): void;
  exportFile(t: TemplateSummary): void;
  remove(t: TemplateSummary): void;
  importFile(file: File): void;
}

function Row({ t, actions }: { t: TemplateSummary; actions: ListActions }) {
  return (
    <tr data-template-id={t.id}>
      <td>
        <button type="button" className="link" onClick={() => actions.open(t)}>
          {t.name}
        </button>
        <span className={`badge ${t.builtin ? 'builtin' : 'custom'}`}>{t.builtin ? '内置' : '自定义'}</span>
      </td>
      <td>{KIND_LABELS[t.kind]}</td>
      <td className="template-description muted">{t.description}</td>
      <td className="part-count">{t.partCount} 个</td>
      <td className="row-actions">
        <button type="button" onClick={() => actions.open(t)}>
          {t.builtin ? '查看' : '编辑'}
        </button>
        <button type="button" onClick={() => actions.copy(t)}>
          复制为我的模板
        </button>
        <button type="button" onClick={() => actions.exportFile(t)}>
          导出文件
        </button>
        {!t.builtin && (
          <button type="button" className="danger" onClick={() => actions.remove(t)}>
            删除
          </button>
        )}
      </td>
    </tr>
  );
}

/** Every template, built-in first, with what can be done to each, and the import of a template file. */
export function TemplateList({ templates, actions }: { templates: TemplateSummary[]; actions: ListActions }) {
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires another change.
    event.target.value = '';
    if (file) actions.importFile(file);
  };
  return (
    <section className="template-library">
      <div className="template-library-head">
        <p className="muted">内置模板不能修改；复制为自己的模板后，可以调整部分、标题和撰写指引。模板可以导出为文件，发给其他单位导入。</p>
        <label className="file-button">
          导入模板文件
          <input type="file" accept=".json,application/json" onChange={onFile} />
        </label>
      </div>
      <table className="report-table template-table">
        <thead>
          <tr>
            <th>名称</th>
            <th>类型</th>
            <th>说明</th>
            <th>部分</th>
            <th aria-label="操作" />
          </tr>
        </thead>
        <tbody>
          {templates.map((t) => (
            <Row key={t.id} t={t} actions={actions} />
          ))}
        </tbody>
      </table>
    </section>
  );
}
