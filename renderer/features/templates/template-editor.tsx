import { useEffect, useState } from 'react';
import type { Template } from '../../../shared/template-schema';
import { api, errorMessage } from '../../api/client';
import { BasicFields } from './basic-fields';
import { GuidanceFields } from './guidance-fields';
import { PartEditor } from './part-editor';
import { fromDraft, moveItem, newPart, partIdProblem, toDraft, type PartDraft, type TemplateDraft } from './template-draft';
import { confirmDialog } from '../../components/confirm-dialog';

interface Props {
  template: Template;
  builtin: boolean;
  onBack(): void;
  onCopy(): void;
}

const snapshotOf = (d: TemplateDraft) => JSON.stringify(fromDraft(d));

/** Warns before the tab or window closes while there are unsaved changes. */
function useLeaveWarning(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}

function firstIdProblem(parts: readonly PartDraft[]): string | null {
  for (const [i, part] of parts.entries()) {
    const problem = partIdProblem(part.id, parts);
    if (problem) return `第${i + 1}部分：${problem}`;
  }
  return null;
}

/** Edits a user template; a built-in one is shown read-only with the way to make an editable copy. */
export function TemplateEditor({ template, builtin, onBack, onCopy }: Props) {
  const [draft, setDraft] = useState(() => toDraft(template));
  const [saved, setSaved] = useState(() => snapshotOf(toDraft(template)));
  const [message, setMessage] = useState<{ kind: 'error' | 'notice'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = !builtin && snapshotOf(draft) !== saved;
  useLeaveWarning(dirty);

  const patch = (p: Partial<TemplateDraft>) => setDraft((d) => ({ ...d, ...p }));
  const setParts = (update: (parts: PartDraft[]) => PartDraft[]) => setDraft((d) => ({ ...d, parts: update(d.parts) }));

  const save = async () => {
    const problem = firstIdProblem(draft.parts);
    if (problem) return setMessage({ kind: 'error', text: problem });
    setBusy(true);
    try {
      const result = await api('templates.save', { template: fromDraft(draft) });
      setSaved(snapshotOf(toDraft(result)));
      setMessage({ kind: 'notice', text: `已保存模板“${result.name}”。` });
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    }
    setBusy(false);
  };

  const leave = async () => {
    if (dirty && !(await confirmDialog('模板有未保存的修改，离开后这些修改会丢失。确定离开吗？', { confirmLabel: '离开' }))) return;
    onBack();
  };

  return (
    <main className="screen template-editor">
      <div className="sticky-head">
        <header className="topbar">
          <button type="button" onClick={leave}>
            ← 模板库
          </button>
          <h1>
            {builtin ? '查看内置模板' : '编辑模板'}：{draft.name || template.name}
          </h1>
          {dirty && <span className="save-status">有未保存的修改</span>}
          <div className="spacer" />
          {builtin ? (
            <button type="button" className="primary" onClick={onCopy}>
              复制为我的模板
            </button>
          ) : (
            <button type="button" className="primary" disabled={busy || !dirty} onClick={() => void save()}>
              {busy ? '正在保存……' : '保存模板'}
            </button>
          )}
        </header>
        {builtin && (
          <p className="notice readonly-hint">
            这是内置模板，只能查看，不能修改。要按本单位情况调整，请点击右上角“复制为我的模板”，再编辑复制出的模板。
          </p>
        )}
        {message && (
          <p className={message.kind === 'error' ? 'error alert-box' : 'notice'} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </div>
      <fieldset className="template-form" disabled={builtin}>
        <BasicFields draft={draft} onChange={patch} />
        <section className="template-card" aria-label="导语">
          <h2>导语</h2>
          <GuidanceFields label="导语指引" value={draft.openingGuidance} onChange={(openingGuidance) => patch({ openingGuidance })} />
        </section>
        <section className="template-card" aria-label="部分">
          <h2>部分（共 {draft.parts.length} 个）</h2>
          {draft.parts.map((part, i) => (
            <PartEditor
              key={part.key}
              part={part}
              index={i}
              count={draft.parts.length}
              idProblem={partIdProblem(part.id, draft.parts)}
              onChange={(next) => setParts((parts) => parts.map((p, j) => (j === i ? next : p)))}
              onMove={(direction) => setParts((parts) => moveItem(parts, i, direction))}
              onRemove={async () => {
                if (await confirmDialog(`确定从模板中删除“${part.heading || '未命名部分'}”吗？`, { confirmLabel: '删除' }))
                  setParts((parts) => parts.filter((_, j) => j !== i));
              }}
            />
          ))}
          <button type="button" onClick={() => setParts((parts) => [...parts, newPart(parts)])}>
            添加部分
          </button>
        </section>
        <section className="template-card" aria-label="落款">
          <h2>落款</h2>
          <GuidanceFields label="落款指引" value={draft.closingGuidance} onChange={(closingGuidance) => patch({ closingGuidance })} />
        </section>
      </fieldset>
    </main>
  );
}
