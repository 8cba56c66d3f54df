import { useState } from 'react';
import type { SectionSummary } from '../../../shared/report-schema';
import { fillPattern, type TemplatePart } from '../../../shared/template-schema';
import { usePrompt } from '../../components/prompt-dialog';

interface Props {
  section: SectionSummary;
  number: string;
  part: TemplatePart | null;
  year: number;
  existingPartIds: Set<string>;
  readOnly: boolean;
  onRename(heading: string): void;
  onMove(direction: 'up' | 'down'): void;
  onRemove(): void;
  onToggleComplete(complete: boolean): void;
  onAddSubsection(heading: string, partId: string | null): void;
}

/** Heading of the selected section with its actions: rename, move, remove, mark complete, add subsection. */
export function SectionHeader(props: Props) {
  const { section, part, readOnly } = props;
  const [heading, setHeading] = useState(section.heading);
  const [adding, setAdding] = useState('');
  const prompt = usePrompt();
  const isOpening = section.kind === 'opening';
  const suggestions = (part?.subsections ?? []).filter((s) => !props.existingPartIds.has(s.id));
  const canAddSubsection = section.kind === 'part' && (part?.allowSubsections ?? true);

  const commitRename = () => {
    const next = heading.trim();
    if (next && next !== section.heading) props.onRename(next);
    else setHeading(section.heading);
  };

  return (
    <div className="section-header">
      {isOpening ? (
        <h2>导语</h2>
      ) : (
        <div className="heading-row">
          <span className="heading-number">{props.number}</span>
          <input
            className="heading-input"
            aria-label={section.kind === 'attachment' ? '附件标题' : '部分标题'}
            value={heading}
            disabled={readOnly}
            onChange={(e) => setHeading(e.target.value)}
            onBlur={commitRename}
            onKeyDown={(e) => e.key === 'Enter' && (e.currentTarget as HTMLInputElement).blur()}
          />
        </div>
      )}
      <div className="section-actions">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={section.markedComplete}
            disabled={readOnly}
            onChange={(e) => props.onToggleComplete(e.target.checked)}
          />
          已完成
        </label>
        {!isOpening && (
          <>
            <button type="button" disabled={readOnly} onClick={() => props.onMove('up')}>
              上移
            </button>
            <button type="button" disabled={readOnly} onClick={() => props.onMove('down')}>
              下移
            </button>
            <button
              type="button"
              className="danger"
              disabled={readOnly || section.required}
              title={section.required ? '模板规定的必备部分，不能删除' : '删除这一部分及其内容'}
              onClick={props.onRemove}
            >
              删除
            </button>
            {section.required && <span className="muted small">必备部分，不能删除</span>}
          </>
        )}
        {canAddSubsection && !readOnly && (
          <select
            aria-label="添加小节"
            value={adding}
            onChange={(e) => {
              const value = e.target.value;
              setAdding('');
              if (value === '__custom') {
                void prompt.ask({ title: '自定义小节', label: '新小节的标题：' }).then((name) => {
                  if (name) props.onAddSubsection(name, null);
                });
              } else if (value) {
                const sub = suggestions.find((s) => s.id === value);
                if (sub) props.onAddSubsection(fillPattern(sub.heading, { year: props.year }), sub.id);
              }
            }}
          >
            <option value="">＋ 添加小节…</option>
            {suggestions.map((s) => (
              <option key={s.id} value={s.id}>
                {fillPattern(s.heading, { year: props.year })}
              </option>
            ))}
            <option value="__custom">自定义小节…</option>
          </select>
        )}
      </div>
      {prompt.dialog}
    </div>
  );
}
