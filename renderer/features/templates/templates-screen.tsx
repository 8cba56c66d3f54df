import { useState } from 'react';
import type { Template, TemplateSummary } from '../../../shared/template-schema';
import { api, errorMessage } from '../../api/client';
import { downloadFile } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { usePrompt } from '../../components/prompt-dialog';
import { TemplateEditor } from './template-editor';
import { TemplateList, type ListActions } from './template-list';
import { confirmDialog } from '../../components/confirm-dialog';

type Message = { kind: 'error' | 'notice'; text: string } | null;
type Editing = { template: Template; builtin: boolean } | null;

/** 模板库: the list of templates, and the editor of one of them. */
export function TemplatesScreen({ onBack }: { onBack(): void }) {
  const { data: templates, error, reload } = useAsync(() => api('templates.list', {}), 'templates');
  const [message, setMessage] = useState<Message>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const prompt = usePrompt();

  const run = async (action: () => Promise<void>) => {
    setMessage(null);
    try {
      await action();
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    }
  };

  const copy = async (t: { id: string; name: string }) => {
    const name = await prompt.ask({ title: '复制为我的模板', label: '新模板的名称：', initial: `${t.name}（副本）` });
    if (!name) return;
    void run(async () => {
      const created = await api('templates.copy', { id: t.id, name });
      reload();
      // The copy is made to be changed, so it opens in the editor at once.
      setEditing({ template: created, builtin: false });
    });
  };

  const actions: ListActions = {
    open: (t: TemplateSummary) =>
      void run(async () => setEditing({ template: await api('templates.get', { id: t.id }), builtin: t.builtin })),
    copy: (t) => void copy(t),
    exportFile: (t) =>
      void run(async () => {
        const file = await api('templates.exportFile', { id: t.id });
        downloadFile(file);
        setMessage({ kind: 'notice', text: `已导出模板文件“${file.fileName}”。` });
      }),
    remove: async (t) => {
      if (!(await confirmDialog(`确定删除模板“${t.name}”吗？已用它创建的报告不受影响。`, { confirmLabel: '删除' }))) return;
      void run(async () => {
        await api('templates.delete', { id: t.id });
        reload();
        setMessage({ kind: 'notice', text: `已删除模板“${t.name}”。` });
      });
    },
    importFile: (file) =>
      void run(async () => {
        const imported = await api('templates.importFile', { content: await file.text() }).catch((e: unknown) => {
          throw new Error(`未导入“${file.name}”。${errorMessage(e)}`);
        });
        reload();
        setMessage({ kind: 'notice', text: `已导入模板“${imported.name}”。` });
      }),
  };

  if (editing) {
    return (
      <>
        <TemplateEditor
          key={editing.template.id}
          template={editing.template}
          builtin={editing.builtin}
          onBack={() => {
            setEditing(null);
            reload();
          }}
          onCopy={() => void copy(editing.template)}
        />
        {prompt.dialog}
      </>
    );
  }

  return (
    <main className="screen templates">
      <header className="topbar">
        <button type="button" onClick={onBack}>
          ← 报告库
        </button>
        <h1>模板库</h1>
      </header>
      {(error ?? message) && (
        <p
          className={error || message!.kind === 'error' ? 'error alert-box' : 'notice'}
          role={error || message!.kind === 'error' ? 'alert' : 'status'}
        >
          {error ?? message!.text}
        </p>
      )}
      {templates && <TemplateList templates={templates} actions={actions} />}
      {prompt.dialog}
    </main>
  );
}
