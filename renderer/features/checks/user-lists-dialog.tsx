import { useState } from 'react';
import { formatUserLists, parseUserLists, type UserListsText } from '../../../shared/checks/user-lists-text';
import { api, errorMessage } from '../../api/client';
import { useAsync } from '../../lib/use-async';

/** Tells open editors to reload the rule data after the user's lists changed. */
export const CHECK_CONFIG_CHANGED = 'nianbao:check-config-changed';

/** The lists each office keeps itself: leaders in their order, sensitive terms, its own confusables. */
export function UserListsDialog({ onClose }: { onClose(): void }) {
  const { data, error: loadError } = useAsync(async () => formatUserLists((await api('checks.getConfig', {})).user), 'user-lists');
  const [edited, setEdited] = useState<UserListsText | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const text = edited ?? data;

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!text) return;
    const { lists, problems: found } = parseUserLists(text);
    setProblems(found);
    if (!lists) return;
    setBusy(true);
    try {
      await api('checks.saveUserLists', lists);
      window.dispatchEvent(new Event(CHECK_CONFIG_CHANGED));
      onClose();
    } catch (err) {
      setProblems([errorMessage(err)]);
    }
    setBusy(false);
  };
  const field = (key: keyof UserListsText, label: string, hint: string) => (
    <label>
      {label}
      <textarea
        rows={5}
        value={text?.[key] ?? ''}
        placeholder={hint}
        disabled={!text}
        onChange={(e) => setEdited({ ...text!, [key]: e.target.value })}
      />
    </label>
  );

  return (
    <div className="dialog-backdrop">
      <form
        className="dialog user-lists-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="user-lists-title"
        onSubmit={(e) => void save(e)}
      >
        <h2 id="user-lists-title">本单位校对词表</h2>
        <p className="muted">每行一项，保存在本机，校对所有报告时使用。</p>
        {field('leaders', '领导姓名和职务（按规定排序，每行“姓名 职务”）', '王明 县长\n李华 副县长')}
        {field('sensitiveTerms', '敏感词（每行“词语 说明”）', '内部资料 不得公开')}
        {field('confusables', '易混词（每行“错误写法→正确写法”）', '江宁区→江宁县')}
        {field('allowedWords', '不再提示的词（每行一个；校对“用词”“固定表述”时不再提示）', '钟山区\n法制处')}
        {[...problems, ...(loadError ? [loadError] : [])].map((p) => (
          <p key={p} className="error" role="alert">
            {p}
          </p>
        ))}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            取消
          </button>
          <button type="submit" className="primary" disabled={busy || !text}>
            保存
          </button>
        </div>
      </form>
    </div>
  );
}
