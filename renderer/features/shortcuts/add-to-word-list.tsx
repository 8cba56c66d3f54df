import { useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { api, errorMessage } from '../../api/client';
import { editorNotice } from '../../editor/plugins/paste-clipboard';
import type { ContextMenuExtra } from '../../editor/plugins/context-menu-plugin';
import { CHECK_CONFIG_CHANGED } from '../checks/user-lists-dialog';

type ListKind = 'sensitiveTerms' | 'leaders' | 'confusables';

/** 加入词表: the selected words into one of the office's own lists (校对 then knows them). */
function AddToListDialog({ text, onClose }: { text: string; onClose(): void }) {
  const [kind, setKind] = useState<ListKind>('sensitiveTerms');
  const [word, setWord] = useState(text.trim().slice(0, 50));
  const [extra, setExtra] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const w = word.trim();
    if (!w) return setError('请填写词语。');
    if (kind === 'confusables' && !extra.trim()) return setError('请填写正确写法。');
    setBusy(true);
    try {
      const { user } = await api('checks.getConfig', {});
      const next = { ...user };
      if (kind === 'sensitiveTerms') next.sensitiveTerms = [...user.sensitiveTerms, { term: w, note: extra.trim() }];
      else if (kind === 'leaders') next.leaders = [...user.leaders, { name: w, title: extra.trim() }];
      else next.confusables = [...user.confusables, { wrong: w, right: extra.trim() }];
      await api('checks.saveUserLists', next);
      window.dispatchEvent(new Event(CHECK_CONFIG_CHANGED));
      editorNotice(`已把“${w}”加入${kind === 'sensitiveTerms' ? '敏感词' : kind === 'leaders' ? '领导姓名' : '易混词'}词表。`);
      onClose();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <div className="dialog-backdrop">
      <form
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-label="加入词表"
        onSubmit={(e) => void submit(e)}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <h2>加入词表</h2>
        <label>
          词表
          <select value={kind} onChange={(e) => setKind(e.target.value as ListKind)}>
            <option value="sensitiveTerms">敏感词（出现时提醒）</option>
            <option value="leaders">领导姓名（按排序检查）</option>
            <option value="confusables">易混词（错误写法→正确写法）</option>
          </select>
        </label>
        <label>
          {kind === 'confusables' ? '错误写法' : kind === 'leaders' ? '姓名' : '词语'}
          <input value={word} onChange={(e) => setWord(e.target.value)} maxLength={50} autoFocus />
        </label>
        <label>
          {kind === 'confusables' ? '正确写法' : kind === 'leaders' ? '职务（可不填）' : '说明（可不填）'}
          <input value={extra} onChange={(e) => setExtra(e.target.value)} maxLength={kind === 'sensitiveTerms' ? 200 : 50} />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            取消
          </button>
          <button type="submit" className="primary" disabled={busy}>
            加入
          </button>
        </div>
      </form>
    </div>
  );
}

function openAddToList(text: string): void {
  const host = document.createElement('div');
  document.body.appendChild(host);
  const root = createRoot(host);
  const close = () => {
    root.unmount();
    host.remove();
  };
  root.render(<AddToListDialog text={text} onClose={close} />);
}

/** The editor menu's 加入词表… entry, for the selected words. */
export const addToWordListMenu: ContextMenuExtra = (selected, close) => (
  <button
    type="button"
    role="menuitem"
    disabled={selected.trim() === ''}
    onMouseDown={(e) => e.preventDefault()}
    onClick={() => {
      close();
      openAddToList(selected);
    }}
  >
    加入词表…
  </button>
);
