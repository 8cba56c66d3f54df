import { useCallback, useMemo, useRef, useState } from 'react';
import { buildOutline } from '../../../shared/outline';
import { REPORT_STATUS_LABELS, type ReportDetail, type Section, type SectionSummary } from '../../../shared/report-schema';
import type { RichTextState } from '../../../shared/rich-text';
import type { Guidance } from '../../../shared/template-schema';
import { api, ApiCallError, errorMessage } from '../../api/client';
import { allSaved } from '../../lib/save-tracker';
import { useSaveShortcut } from '../shortcuts/save-now';
import { FindReplacePanel } from '../find-replace/find-replace-panel';
import { useFindShortcut } from '../find-replace/use-find-shortcut';
import { ZoomControl } from '../shortcuts/zoom';
import { addToWordListMenu } from '../shortcuts/add-to-word-list';
import { FullView } from '../full-view/full-view';
import { usePrintShortcut } from '../full-view/print-preview';
import type { FindFocus } from '../../editor/plugins/find-focus-plugin';
import { useAsync } from '../../lib/use-async';
import { GuidancePanel } from './guidance-panel';
import { OutlinePanel, type Selection } from './outline-panel';
import { ReportInfoForm } from './report-info-form';
import { SectionHeader } from './section-header';
import { PublicExportDialog } from '../versions/public-export-dialog';
import { StatusControl } from '../versions/status-control';
import { VersionsPanel } from '../versions/versions-panel';
import { useSearchHighlight } from '../search/use-search-highlight';
import { RolloverBadge } from '../rollover/rollover-badge';
import { RolloverPanel } from '../rollover/rollover-panel';
import { useRolloverStatus } from '../rollover/use-rollover-status';
import type { ReportFinding } from '../../../shared/checks/api-schemas';
import type { CheckFocus } from '../../editor/plugins/check-plugin';
import { CheckPanel } from '../checks/check-panel';
import { useCheckContext } from '../checks/use-check-context';
import { ExportMenu, type MessageKind } from './export-menu';
import { usePrompt } from '../../components/prompt-dialog';
import { ATTACHMENT_GUIDANCE, attachmentLabelOf } from './attachments';
import { unsavedStore, type Draft } from '../../lib/unsaved-store';
import { RestoreOffer } from './restore-offer';
import type { SectionSession } from './section-session';
import { SyncedSectionEditor, type SaveStatus } from './synced-section-editor';
import { useWorkspaceSync } from './use-workspace-sync';
import { useWorkspacePlace, type WorkspacePlace } from './use-workspace-place';
import { MeasureEditor } from '../plan/measure-editor';
import { GridEditor, tableOfPart } from '../gov-info/grid-editor';
import { FieldsPanel } from '../gov-info/fields-panel';
import { useLiveFieldsFor } from '../gov-info/field-values-store';
import { PlanChecklistPanel } from '../plan/plan-checklist-panel';
import { usePlanChecklist } from '../plan/use-plan-checklist';
import { confirmDialog } from '../../components/confirm-dialog';
import { ReviewPanel } from '../review/review-panel';
import { CommentPlugin } from '../review/comment-plugin';

/** The banner's colour comes from an explicit kind, not from how the text begins. */
type Banner = { kind: MessageKind; text: string };

function mergeSummaries(detail: ReportDetail, summaries: SectionSummary[]): ReportDetail {
  const byId = new Map(summaries.map((s) => [s.id, s]));
  return { ...detail, sections: detail.sections.map((s) => ({ ...s, ...byId.get(s.id) })) };
}

export function WorkspaceScreen({
  reportId,
  onBack,
  place,
  onPlace,
  highlight,
}: {
  reportId: string;
  onBack(): void;
  /** The section and panels named by the address (issue 10): selecting changes the address. */
  place: WorkspacePlace;
  onPlace(next: WorkspacePlace, mode?: 'push' | 'replace'): void;
  /** Search terms to mark in the editor when opened from a search hit. */
  highlight?: { sectionId: string; terms: string[] };
}) {
  const { data: detail, error: loadError, setData, reload } = useAsync(() => api('reports.get', { id: reportId }), reportId);
  useWorkspaceSync(reportId, setData, loadError, reload);
  // Section and panels live in the address (issue 10); versions panel and public export (issue 6).
  const { selected, setSelected, panel, setPanel, showChecks, setShowChecks } = useWorkspacePlace(place, onPlace);
  // `generation` remounts the editor after a restore or after 确认沿用 cleared the last-year marks (issue 5).
  const [generation, setGeneration] = useState(0);
  useSearchHighlight(
    selected.kind === 'section' && selected.id === highlight?.sectionId ? highlight.terms : undefined,
    `${reportId}-${generation}`,
  );
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [message, setBanner] = useState<Banner | null>(null);
  const setMessage = (text: string | null, kind: MessageKind = 'success') => setBanner(text === null ? null : { kind, text });
  const prompt = usePrompt();
  const rollover = useRolloverStatus(reportId, detail?.sections.map((s) => s.revision).join(',') ?? '');
  // The plan of the same agency and year as this report's checklist (issue 18).
  const plan = usePlanChecklist(reportId, detail?.report.kind ?? null, detail?.sections.map((s) => s.revision).join(',') ?? '');
  const [showPlan, setShowPlan] = useState(false);
  // 数据: the template's data fields (issue 17), in the side panel like 校对 and 年度计划.
  const [showData, setShowData] = useState(false);
  useLiveFieldsFor(reportId, (detail?.template.fields?.length ?? 0) > 0);
  const [showReview, setShowReview] = useState(false);
  const [reviewGeneration, setReviewGeneration] = useState(0);
  const [checkFocus, setCheckFocus] = useState<(CheckFocus & { sectionId: string }) | null>(null);
  const baseCheckContext = useCheckContext(detail?.report ?? null, detail?.template ?? null);
  // A report made by 沿用上年 is also checked live for years left over from last year (rollover.stale-year).
  const planKey = rollover.status ? rollover.status.planSectionIds.join(',') : null;
  const checkContext = useMemo(
    () =>
      baseCheckContext && {
        ...baseCheckContext,
        rollover: planKey === null ? null : { planSectionIds: planKey ? planKey.split(',') : [] },
      },
    [baseCheckContext, planKey],
  );
  // The open editor's session (issue 10): its base revision is the one a rename must name.
  const sessionRef = useRef<SectionSession | null>(null);
  const onSession = useCallback((session: SectionSession | null) => {
    sessionRef.current = session;
  }, []);
  const baseRevisionOf = (id: string) =>
    sessionRef.current?.sectionId === id ? sessionRef.current.baseRevision : (detail?.sections.find((s) => s.id === id)?.revision ?? 0);
  const manualSave = useSaveShortcut();
  const [findMode, setFindMode] = useState<'find' | 'replace' | null>(null);
  const [findFocus, setFindFocus] = useState<(FindFocus & { sectionId: string }) | null>(null);
  useFindShortcut(setFindMode);
  usePrintShortcut(reportId);
  const [fullView, setFullView] = useState(false);

  const onSaved = useCallback(
    (summary: SectionSummary, content: RichTextState) =>
      setData((d) => d && { ...d, sections: d.sections.map((s) => (s.id === summary.id ? { ...s, ...summary, content } : s)) }),
    [setData],
  );
  const onStored = useCallback(
    (section: Section, note: string | null) => {
      setData((d) => d && { ...d, sections: d.sections.map((s) => (s.id === section.id ? section : s)) });
      if (note) setBanner({ kind: 'success', text: note });
    },
    [setData],
  );
  if (loadError)
    return (
      <main className="screen center-message">
        <p className="error" role="alert">
          {loadError}
        </p>
        <button type="button" onClick={onBack}>
          返回报告库
        </button>
      </main>
    );
  if (!detail)
    return (
      <main className="screen center-message">
        <p>正在打开……</p>
      </main>
    );

  const { report, template, sections } = detail;
  const readOnly = report.status === 'final';
  const outline = buildOutline(sections);
  const current = selected.kind === 'section' ? (sections.find((s) => s.id === selected.id) ?? null) : null;

  const run = async <T,>(action: () => Promise<T>): Promise<T | null> => {
    setMessage(null);
    try {
      return await action();
    } catch (e) {
      setMessage(errorMessage(e), 'error');
      return null;
    }
  };
  const refresh = async (select?: Selection) => {
    const next = await api('reports.get', { id: reportId });
    setData(next);
    if (select) setSelected(select);
  };

  // 恢复未保存的内容: the draft becomes this page's own, and its section opens with it.
  const restoreDraft = (draft: Draft) => {
    unsavedStore().adopt(draft);
    setSelected({ kind: 'section', id: draft.sectionId });
    setGeneration((g) => g + 1);
    setMessage('已恢复未保存的内容，正在保存……');
  };

  const afterRestore = (text: string) =>
    void run(async () => {
      await refresh();
      setGeneration((g) => g + 1);
      setPanel(null);
      setMessage(text);
    });

  const guidanceFor = (): { title: string; guidance: Guidance | null } => {
    if (selected.kind === 'title')
      return {
        title: '标题',
        guidance: {
          summary: `标题写明单位、年度和事由，居中排列，末尾不加标点。建议格式：${template.titlePattern.replace('{agency}', '（单位）').replace('{year}', '（年度）')}`,
          mustContain: ['单位全称', '报告年度（四位年份）', '事由'],
          typicalTopics: [],
          pitfalls: ['年份写成上一年的（沿用旧稿时最常见）', '标题末尾加句号'],
        },
      };
    if (selected.kind === 'closing') return { title: '落款', guidance: template.closingGuidance };
    if (!current) return { title: '', guidance: null };
    if (current.kind === 'opening') return { title: '导语', guidance: template.openingGuidance };
    if (current.kind === 'attachment') return { title: attachmentLabelOf(sections, current.id), guidance: ATTACHMENT_GUIDANCE };
    const partId = current.kind === 'part' ? current.partId : sections.find((s) => s.id === current.parentId)?.partId;
    const part = template.parts.find((p) => p.id === partId);
    const sub = part?.subsections.find((s) => s.id === current.partId);
    return { title: current.heading, guidance: sub?.guidance ?? part?.guidance ?? null };
  };

  const numberOf = (s: SectionSummary) =>
    (s.kind === 'attachment' ? attachmentLabelOf(sections, s.id) : null) ??
    outline.parts.find((p) => p.section.id === s.id)?.number ??
    outline.parts.flatMap((p) => p.children).find((c) => c.section.id === s.id)?.number ??
    '';

  const { title: guidanceTitle, guidance } = guidanceFor();

  return (
    <main className="screen workspace">
      <header className="topbar">
        <button type="button" onClick={() => void allSaved().then(onBack)}>
          ← 报告库
        </button>
        <h1 className="report-title">{report.title}</h1>
        <span className={`status status-${report.status}`}>{REPORT_STATUS_LABELS[report.status]}</span>
        <StatusControl
          report={report}
          onChanged={(next, text) => {
            setData((d) => (d ? { ...d, report: next } : d));
            setGeneration((g) => g + 1);
            setMessage(text);
          }}
        />
        <span className="save-status" aria-live="polite">
          {saveStatus.kind === 'saving' && '正在保存……'}
          {saveStatus.kind === 'saved' && !manualSave.newerThan(saveStatus.at) && '已自动保存'}
          {(saveStatus.kind === 'idle' || (saveStatus.kind === 'saved' && manualSave.newerThan(saveStatus.at))) && manualSave.text}
          {manualSave.failed && <span className="error">保存失败：{manualSave.failed}</span>}
          {saveStatus.kind === 'error' && <span className="error">保存失败：{saveStatus.message}</span>}
        </span>
        <div className="spacer" />
        <ZoomControl />
        <button type="button" aria-pressed={fullView} onClick={() => setFullView((v) => !v)} title="全文视图：整篇报告连续排版，大纲随滚动">
          全文视图
        </button>
        <button
          type="button"
          aria-pressed={findMode !== null}
          onClick={() => setFindMode(findMode ? null : 'replace')}
          title="查找和替换 (Ctrl+F / Ctrl+H)"
        >
          查找替换
        </button>
        <button
          type="button"
          aria-pressed={showChecks}
          onClick={() => {
            setShowChecks(!showChecks);
            setShowPlan(false);
            setShowData(false);
          }}
        >
          校对
        </button>
        {plan.checklist?.plan && (
          <button
            type="button"
            aria-pressed={showPlan}
            onClick={() => {
              setShowPlan((v) => !v);
              setShowChecks(false);
              setShowData(false);
            }}
          >
            年度计划（{plan.checklist.items.filter((i) => !i.answered).length} 项未回应）
          </button>
        )}
        {(detail?.template.fields?.length ?? 0) > 0 && (
          <button
            type="button"
            aria-pressed={showData}
            onClick={() => {
              setShowData((v) => !v);
              setShowChecks(false);
              setShowPlan(false);
            }}
          >
            数据
          </button>
        )}
        <button type="button" aria-pressed={showReview} onClick={() => setShowReview((v) => !v)}>
          审阅
        </button>
        <button type="button" onClick={() => setPanel(panel === 'versions' ? null : 'versions')}>
          版本记录
        </button>
        <button type="button" onClick={() => setPanel('public-export')}>
          公开发布导出
        </button>
        <ExportMenu reportId={reportId} onMessage={(text, kind) => setMessage(text, kind)} />
      </header>
      {message && (
        <p className={message.kind === 'error' ? 'error' : 'notice'} role="status">
          {message.text}
        </p>
      )}
      {!readOnly && <RestoreOffer reportId={reportId} sections={sections} onRestore={restoreDraft} />}
      {readOnly && <p className="notice">本报告已定稿，只读。如需修改，请用“改变状态”重新打开（会记录理由）。</p>}
      {panel === 'public-export' && (
        <PublicExportDialog
          reportId={reportId}
          onClose={() => setPanel(null)}
          onDone={(text) => {
            setPanel(null);
            setMessage(text);
          }}
        />
      )}
      {panel === 'versions' && (
        <VersionsPanel
          reportId={reportId}
          readOnly={readOnly}
          onClose={() => setPanel(null)}
          onRestored={afterRestore}
          // Restoring the open section names the revision its editor started from (issue 10).
          revisionOf={(id) => (sessionRef.current?.sectionId === id ? sessionRef.current.baseRevision : undefined)}
        />
      )}
      <div className="workspace-body">
        <OutlinePanel
          report={report}
          sections={sections}
          selected={selected}
          onSelect={setSelected}
          onAddPart={
            template.allowExtraParts && !readOnly
              ? () =>
                  void prompt.ask({ title: '添加部分', label: '新部分的标题：' }).then((name) => {
                    if (name)
                      void run(async () => {
                        const added = await api('sections.add', { reportId, parentId: null, heading: name, partId: null });
                        await refresh({ kind: 'section', id: added.id });
                      });
                  })
              : null
          }
          onAddAttachment={
            readOnly
              ? null
              : () =>
                  void prompt.ask({ title: '添加附件', label: '附件标题（如“2024年度行政执法数据统计表”）：' }).then((name) => {
                    if (name)
                      void run(async () => {
                        const added = await api('sections.addAttachment', { reportId, heading: name });
                        await refresh({ kind: 'section', id: added.id });
                      });
                  })
          }
          annotate={rollover.status ? (id) => <RolloverBadge part={rollover.status!.parts.find((p) => p.sectionId === id)} /> : undefined}
        />
        <section className="editor-column">
          {selected.kind !== 'section' && (
            <ReportInfoForm
              key={selected.kind}
              report={report}
              template={template}
              part={selected.kind}
              readOnly={readOnly}
              onSaved={(r) => setData((d) => (d ? { ...d, report: r } : d))}
            />
          )}
          {current && (
            <>
              <SectionHeader
                key={`header-${current.id}-${current.heading}`}
                section={current}
                number={numberOf(current)}
                part={template.parts.find((p) => p.id === current.partId) ?? null}
                year={report.year}
                existingPartIds={new Set(sections.filter((s) => s.parentId === current.id).map((s) => s.partId ?? ''))}
                readOnly={readOnly}
                onRename={(heading) =>
                  void run(async () => {
                    await allSaved();
                    try {
                      const summary = await api('sections.rename', { id: current.id, heading, baseRevision: baseRevisionOf(current.id) });
                      if (sessionRef.current?.sectionId === current.id) sessionRef.current.baseRevision = summary.revision;
                      setData((d) => d && mergeSummaries(d, [summary]));
                    } catch (e) {
                      // Another window changed the section: show its heading; the editor's text is checked on its own.
                      if (e instanceof ApiCallError && e.code === 'CONFLICT') await refresh();
                      throw e;
                    }
                  })
                }
                onMove={(direction) =>
                  void run(async () => setData(mergeSummaries(detail, await api('sections.move', { id: current.id, direction }))))
                }
                onRemove={async () => {
                  if (!(await confirmDialog(`确定删除“${current.heading}”及其全部内容吗？`, { confirmLabel: '删除' }))) return;
                  void run(async () => {
                    await api('sections.remove', { id: current.id });
                    await refresh({ kind: 'title' });
                  });
                }}
                onToggleComplete={(complete) =>
                  void run(async () => setData(mergeSummaries(detail, [await api('sections.setComplete', { id: current.id, complete })])))
                }
                onAddSubsection={(heading, partId) =>
                  void run(async () => {
                    const added = await api('sections.add', { reportId, parentId: current.id, heading, partId });
                    await refresh({ kind: 'section', id: added.id });
                  })
                }
              />
              {rollover.status && (
                <RolloverPanel
                  key={`rollover-${current.id}`}
                  status={rollover.status}
                  current={current}
                  sections={sections}
                  templateId={template.id}
                  readOnly={readOnly}
                  onStatus={rollover.setStatus}
                  onContentChanged={() => void refresh().then(() => setGeneration((g) => g + 1))}
                  reload={rollover.reload}
                />
              )}
              {report.kind === 'gov-info' && current.kind === 'part' && tableOfPart(current.partId) && (
                <GridEditor
                  key={`grid-${current.id}-${generation}`}
                  report={{ id: reportId, agency: report.agency, year: report.year }}
                  table={tableOfPart(current.partId)!}
                  readOnly={readOnly}
                />
              )}
              <SyncedSectionEditor
                key={`${current.id}-${generation}`}
                reportId={reportId}
                section={current}
                readOnly={readOnly}
                label={current.kind === 'opening' ? '导语' : current.heading}
                onSession={onSession}
                onSaved={onSaved}
                onStatus={setSaveStatus}
                onStored={onStored}
                onMessage={(text) => setMessage(text)}
                findFocus={findFocus?.sectionId === current.id ? findFocus : null}
                menuExtra={addToWordListMenu}
                checks={
                  checkContext && {
                    ctx: checkContext,
                    level: current.kind === 'attachment' ? 'attachment' : current.kind === 'opening' ? 0 : current.kind === 'part' ? 1 : 2,
                    focus: checkFocus?.sectionId === current.id ? checkFocus : null,
                  }
                }
              >
                {!readOnly && (
                  <CommentPlugin
                    reportId={reportId}
                    sectionId={current.id}
                    onAdded={() => {
                      setShowReview(true);
                      setReviewGeneration((g) => g + 1);
                    }}
                  />
                )}
              </SyncedSectionEditor>
              {report.kind === 'work-plan' && (current.kind === 'part' || current.kind === 'subsection') && (
                <MeasureEditor
                  key={`measures-${current.id}-${generation}`}
                  reportId={reportId}
                  sectionId={current.id}
                  readOnly={readOnly}
                />
              )}
            </>
          )}
          {!readOnly && <p className="hint muted">输入的内容会自动保存。</p>}
        </section>
        {showData ? (
          <FieldsPanel reportId={reportId} readOnly={readOnly} />
        ) : showReview ? (
          <ReviewPanel
            key={reviewGeneration}
            reportId={reportId}
            sections={sections}
            readOnly={readOnly}
            onContentChanged={async () => {
              await refresh();
              setGeneration((g) => g + 1);
            }}
          />
        ) : showPlan && plan.checklist?.plan ? (
          <PlanChecklistPanel
            reportId={reportId}
            checklist={plan.checklist}
            sections={sections}
            readOnly={readOnly}
            onChanged={(next) => (next ? plan.setChecklist(next) : plan.reload())}
            onJump={(id) => setSelected({ kind: 'section', id })}
          />
        ) : showChecks ? (
          <CheckPanel
            reportId={reportId}
            sections={sections}
            readOnly={readOnly}
            onJump={(f: ReportFinding) => {
              setSelected(f.sectionId === '' ? { kind: 'title' } : { kind: 'section', id: f.sectionId });
              setCheckFocus(f.paragraph >= 0 ? { sectionId: f.sectionId, paragraph: f.paragraph, start: f.start, length: f.length } : null);
            }}
            // Fixes change the open editor in place (one undoable step): reload the outline only.
            onContentChanged={refresh}
          />
        ) : (
          <GuidancePanel title={guidanceTitle} guidance={guidance} />
        )}
      </div>
      {fullView && (
        <FullView
          key={generation}
          detail={detail}
          onClose={() => setFullView(false)}
          onOpen={(target) => {
            setFullView(false);
            setSelected(target);
          }}
        />
      )}
      {findMode && (
        <FindReplacePanel
          detail={detail}
          currentSectionId={current?.id ?? null}
          mode={findMode}
          readOnly={readOnly}
          onMode={setFindMode}
          onClose={() => setFindMode(null)}
          onOpen={(hit) => {
            if (hit.place.kind === 'title') setSelected({ kind: 'title' });
            else if (hit.place.kind === 'agency') setSelected({ kind: 'closing' });
            else setSelected({ kind: 'section', id: hit.place.sectionId });
            if (hit.place.kind === 'content' && hit.block !== undefined)
              setFindFocus({ sectionId: hit.place.sectionId, block: hit.block, start: hit.start, end: hit.end, seq: Date.now() });
          }}
          onReplaced={(next) => {
            setData(next);
            setGeneration((g) => g + 1);
          }}
        />
      )}
      {prompt.dialog}
    </main>
  );
}
