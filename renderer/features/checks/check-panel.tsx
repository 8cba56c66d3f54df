import { useEffect, useState } from 'react';
import type { CheckReportResult, ReportFinding } from '../../../shared/checks/api-schemas';
import { CHECK_CATEGORIES } from '../../../shared/checks/types';
import { attachmentsOf, sectionsInReadingOrder } from '../../../shared/outline';
import { attachmentLabelOf } from '../workspace/attachments';
import type { SectionSummary } from '../../../shared/report-schema';
import { api, errorMessage } from '../../api/client';
import { allSaved } from '../../lib/save-tracker';
import { applyReportFixes, undoFixBatch, type FixBatch } from './apply-report-fixes';
import { CheckFindingItem } from './check-finding-item';
import { CHECK_CONFIG_CHANGED, UserListsDialog } from './user-lists-dialog';

interface Props {
  reportId: string;
  sections: SectionSummary[];
  readOnly: boolean;
  onJump(f: ReportFinding): void;
  /** The saved content changed (fixes): reload the report (the open editor was changed in place). */
  onContentChanged(): Promise<void>;
}

/** The whole-report check: findings by category and section, counts by severity, fix, ignore, re-check. */
export function CheckPanel({ reportId, sections, readOnly, onJump, onContentChanged }: Props) {
  const [result, setResult] = useState<CheckReportResult | null>(null);
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  // The last fix / fix all, for the banner's 撤销 (issue 10: one click, one undoable step).
  const [lastBatch, setLastBatch] = useState<FixBatch | null>(null);
  // Each request for a check bumps the version; the panel is busy until that version has loaded.
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState(-1);
  const [editingLists, setEditingLists] = useState(false);
  const busy = working || loaded !== version;
  const recheck = () => setVersion((v) => v + 1);

  useEffect(() => {
    let live = true;
    allSaved()
      .then(() => api('checks.runReport', { reportId }))
      .then(
        (r) => live && setResult(r),
        (e: unknown) => live && setMessage(errorMessage(e)),
      )
      .finally(() => live && setLoaded(version));
    return () => {
      live = false;
    };
  }, [reportId, version]);

  const act = async (action: () => Promise<string | null>) => {
    setWorking(true);
    setMessage(null);
    setLastBatch(null);
    try {
      setMessage(await action());
    } catch (e) {
      setMessage(errorMessage(e));
    }
    setWorking(false);
    recheck();
  };
  const fix = (items: ReportFinding[]) =>
    act(async () => {
      const batch = await applyReportFixes(reportId, items);
      await onContentChanged();
      if (batch.applied > 0) setLastBatch(batch);
      const skipped = batch.skipped.length ? `未改：${batch.skipped.join('、')}。` : '';
      return `已修改 ${batch.applied} 处。${skipped}`;
    });
  const undo = (batch: FixBatch) =>
    act(async () => {
      const text = await undoFixBatch(reportId, batch);
      await onContentChanged();
      return text;
    });
  const ignore = (f: ReportFinding) =>
    act(
      async () => (
        await api('checks.ignore', { reportId, fingerprint: f.fingerprint, rule: f.rule, excerpt: f.excerpt }),
        '已忽略，本报告以后不再提示。'
      ),
    );
  const allowWord = (f: ReportFinding) =>
    act(async () => {
      const word = f.flagged!;
      const { user } = await api('checks.getConfig', {});
      if (!user.allowedWords.includes(word)) await api('checks.saveUserLists', { ...user, allowedWords: [...user.allowedWords, word] });
      window.dispatchEvent(new Event(CHECK_CONFIG_CHANGED));
      recheck();
      return `已把“${word}”加入本单位词表，以后不再提示。`;
    });
  const restore = (f: ReportFinding) => act(async () => (await api('checks.unignore', { reportId, fingerprint: f.fingerprint }), null));

  const order = sectionsInReadingOrder(sections);
  const sectionName = (id: string) => {
    if (id === '') return '标题与落款';
    const e = order.find((o) => o.section.id === id);
    const attachment = attachmentLabelOf(sections, id);
    if (attachment) return `${attachment} ${sections.find((s) => s.id === id)!.heading}`;
    return e ? (e.level === 0 ? '导语' : `${e.number}${e.section.heading}`) : '（已删除的部分）';
  };
  // Attachments come after every part (rank by the attachment's position past the outline).
  const attachmentIds = attachmentsOf(sections).map((s) => s.id);
  const sectionRank = (id: string) =>
    id === '' ? -1 : attachmentIds.includes(id) ? order.length + attachmentIds.indexOf(id) : order.findIndex((o) => o.section.id === id);
  const active = result?.findings.filter((f) => !f.ignored) ?? [];
  const ignored = result?.findings.filter((f) => f.ignored) ?? [];
  const item = (f: ReportFinding) => (
    <CheckFindingItem
      key={`${f.fingerprint}|${f.paragraph}|${f.start}`}
      finding={f}
      busy={busy}
      readOnly={readOnly}
      onJump={onJump}
      onFix={(x) => void fix([x])}
      onIgnore={(x) => void ignore(x)}
      onRestore={(x) => void restore(x)}
      onAllowWord={(x) => void allowWord(x)}
    />
  );

  return (
    <aside className="check-panel" aria-label="校对">
      <div className="check-panel-head">
        <h2>校对</h2>
        <button type="button" className="link" onClick={() => setEditingLists(true)}>
          词表
        </button>
        <button type="button" disabled={busy} onClick={recheck}>
          {busy ? '正在检查……' : '重新检查'}
        </button>
      </div>
      {editingLists && (
        <UserListsDialog
          onClose={() => {
            setEditingLists(false);
            recheck();
          }}
        />
      )}
      {result && (
        <p className="check-counts" data-testid="check-counts">
          <span className="check-badge check-badge-error">错误 {result.summary.error}</span>
          <span className="check-badge check-badge-warning">警告 {result.summary.warning}</span>
          <span className="check-badge check-badge-suggestion">建议 {result.summary.suggestion}</span>
          {result.summary.ignored > 0 && <span className="muted">已忽略 {result.summary.ignored}</span>}
        </p>
      )}
      {message && (
        <p className="notice" role="status">
          {message}
          {lastBatch && (
            <button type="button" className="link" disabled={busy} onClick={() => void undo(lastBatch)}>
              撤销
            </button>
          )}
        </p>
      )}
      {!readOnly && active.some((f) => f.fix !== null) && (
        <button type="button" className="check-fix-all" disabled={busy} onClick={() => void fix(active.filter((f) => f.fix !== null))}>
          全部改正（{active.filter((f) => f.fix !== null).length} 处）
        </button>
      )}
      {result && active.length === 0 && <p className="muted">没有发现问题。</p>}
      {CHECK_CATEGORIES.map((category) => {
        const inCategory = active.filter((f) => f.category === category);
        if (inCategory.length === 0) return null;
        const rules = [...new Map(inCategory.filter((f) => f.fix !== null).map((f) => [f.rule, f.name])).entries()];
        const bySection = [...new Set(inCategory.map((f) => f.sectionId))].sort((a, b) => sectionRank(a) - sectionRank(b));
        return (
          <section key={category} className="check-group">
            <h3>
              {category} <span className="muted">（{inCategory.length}）</span>
            </h3>
            {!readOnly && rules.length > 1 && (
              <button
                type="button"
                className="check-fix-all"
                disabled={busy}
                onClick={() => void fix(inCategory.filter((f) => f.fix !== null))}
              >
                全部改正本类（{inCategory.filter((f) => f.fix !== null).length}）
              </button>
            )}
            {!readOnly &&
              rules.map(([rule, name]) => {
                const fixable = inCategory.filter((f) => f.rule === rule && f.fix !== null);
                return (
                  <button key={rule} type="button" className="check-fix-all" disabled={busy} onClick={() => void fix(fixable)}>
                    全部改正“{name}”（{fixable.length}）
                  </button>
                );
              })}
            {bySection.map((sectionId) => (
              <div key={sectionId} className="check-section">
                <h4>{sectionName(sectionId)}</h4>
                <ul>{inCategory.filter((f) => f.sectionId === sectionId).map(item)}</ul>
              </div>
            ))}
          </section>
        );
      })}
      {ignored.length > 0 && (
        <details className="check-group">
          <summary>已忽略 {ignored.length} 处</summary>
          <ul>{ignored.map(item)}</ul>
        </details>
      )}
    </aside>
  );
}
