import { useState } from 'react';
import type { Section } from '../../../shared/report-schema';
import { roleOfTemplatePart } from '../../../shared/import/map-parts';
import { blockText, toBlocks } from '../../../shared/rich-text';
import { CARRY_STATE_LABELS, type RolloverDiff, type RolloverStatus } from '../../../shared/rollover/rollover-schema';
import { api, errorMessage } from '../../api/client';
import { DiffView } from './diff-view';
import { PlanChecklist, type ParagraphOption } from './plan-checklist';
import { StaleYearList } from './stale-year-list';

interface Props {
  status: RolloverStatus;
  current: Section;
  sections: Section[];
  templateId: string;
  readOnly: boolean;
  onStatus(status: RolloverStatus): void;
  /** The section's content changed on the server (confirmation removed the highlights). */
  onContentChanged(): void;
  reload(): void;
}

function paragraphOptions(sections: Section[], ids: Set<string>): ParagraphOption[] {
  return sections
    .filter((s) => ids.has(s.id))
    .flatMap((s) =>
      toBlocks(s.content)
        .map((b, i) => ({ sectionId: s.id, paragraph: i, text: blockText(b) }))
        .filter((p) => p.text.trim())
        .map((p) => ({
          sectionId: p.sectionId,
          paragraph: p.paragraph,
          label: `${s.heading} · 第${p.paragraph + 1}段：${p.text.slice(0, 24)}`,
        })),
    );
}

/** The 主要举措和成效 part of the template and its subsections: where plan items are reported on. */
function measuresSectionIds(sections: Section[], templateId: string): Set<string> {
  const part = sections.find((s) => s.kind === 'part' && s.partId !== null && roleOfTemplatePart(templateId, s.partId) === 'measures');
  return new Set(part ? [part.id, ...sections.filter((s) => s.parentId === part.id).map((s) => s.id)] : []);
}

/** Beside the editor: is this part still last year's text, its diff, and the plan checklist. */
export function RolloverPanel({ status, current, sections, templateId, readOnly, onStatus, onContentChanged, reload }: Props) {
  const measuresIds = measuresSectionIds(sections, templateId);
  const part = status.parts.find((p) => p.sectionId === current.id);
  const [diff, setDiff] = useState<RolloverDiff | null>(null);
  const [error, setError] = useState<string | null>(null);
  const act = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <section className="rollover-panel" aria-label="沿用上年">
      {part && (
        <div className={`carry-state carry-${part.state}`}>
          <strong>{CARRY_STATE_LABELS[part.state]}</strong>
          <span>本部分有 {Math.round(part.lastYearShare * 100)}% 的文字与上年相同</span>
          {part.figures > 0 && <span className="figure-note">{part.figures} 处上年数据待核实（黄色标出）</span>}
          {part.similar && <span className="error">内容雷同：请按本年度情况改写</span>}
          <div className="spacer" />
          {part.state === 'stale' && !readOnly && (
            <button
              type="button"
              onClick={() =>
                void act(async () => (onStatus(await api('rollover.confirmSection', { sectionId: current.id })), onContentChanged()))
              }
            >
              确认沿用
            </button>
          )}
          <button
            type="button"
            onClick={() => void act(async () => setDiff(diff ? null : await api('rollover.diff', { sectionId: current.id })))}
          >
            {diff ? '收起对比' : '对比上年'}
          </button>
        </div>
      )}
      {diff && <DiffView diff={diff} />}
      <StaleYearList
        reportId={current.reportId}
        items={status.staleYears}
        readOnly={readOnly}
        onStatus={onStatus}
        onContentChanged={onContentChanged}
      />
      {status.warnings.length > 0 && (
        <details className="rollover-warnings">
          <summary>沿用上年的待处理事项（{status.warnings.length}）</summary>
          <ul>
            {status.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </details>
      )}
      {measuresIds.has(current.id) && status.planItems.length > 0 && (
        <PlanChecklist
          items={status.planItems}
          paragraphs={paragraphOptions(sections, measuresIds)}
          readOnly={readOnly}
          onChanged={reload}
        />
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
