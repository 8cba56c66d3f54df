import type { ReactNode } from 'react';
import { attachmentLabel, buildOutline, partProgress, type OutlineNode } from '../../../shared/outline';
import { SECTION_STATE_LABELS, type Report, type SectionState, type SectionSummary } from '../../../shared/report-schema';

export type Selection = { kind: 'title' } | { kind: 'closing' } | { kind: 'section'; id: string };

interface Props {
  report: Report;
  sections: SectionSummary[];
  selected: Selection;
  onSelect(selection: Selection): void;
  onAddPart: (() => void) | null;
  /** null when the report is read-only. */
  onAddAttachment: (() => void) | null;
  /** Extra badges per section (e.g. the share of last year's text after 沿用上年). */
  annotate?: (sectionId: string) => ReactNode;
}

function Entry(props: {
  label: string;
  number?: string;
  state: SectionState;
  required: boolean;
  chars?: number;
  active: boolean;
  depth: number;
  onClick(): void;
  extra?: ReactNode;
}) {
  return (
    <li className={`outline-entry depth-${props.depth}${props.active ? ' active' : ''}`}>
      <button type="button" onClick={props.onClick} aria-current={props.active ? 'true' : undefined}>
        <span className={`state-dot state-${props.state}`} aria-hidden="true" />
        <span className="outline-label">
          {props.number}
          {props.label}
        </span>
        <span className="outline-meta">
          {props.required && <span className="badge required">必填</span>}
          <span className={`badge state-${props.state}`}>{SECTION_STATE_LABELS[props.state]}</span>
          {props.chars !== undefined && <span className="chars">{props.chars} 字</span>}
          {props.extra}
        </span>
      </button>
    </li>
  );
}

/** Title, 导语, the parts with their subsections, 落款, then the attachments (附件) — each with its state and word count. */
export function OutlinePanel({ report, sections, selected, onSelect, onAddPart, onAddAttachment, annotate }: Props) {
  const { opening, parts, attachments } = buildOutline(sections);
  const isSection = (id: string) => selected.kind === 'section' && selected.id === id;
  const sectionEntry = (node: OutlineNode, depth: number, progress = partProgress(node)) => (
    <Entry
      key={node.section.id}
      label={node.section.heading}
      number={node.number}
      state={progress.state}
      required={node.section.required}
      chars={progress.charCount}
      active={isSection(node.section.id)}
      depth={depth}
      onClick={() => onSelect({ kind: 'section', id: node.section.id })}
      extra={annotate?.(node.section.id)}
    />
  );
  const closingDone = report.agency.trim() !== '' && report.reportDate !== null;
  return (
    <nav className="outline" aria-label="大纲">
      <ol>
        <Entry
          label="标题"
          state={report.title.trim() ? 'complete' : 'empty'}
          required
          active={selected.kind === 'title'}
          depth={0}
          onClick={() => onSelect({ kind: 'title' })}
        />
        {opening && (
          <Entry
            label="导语"
            state={opening.state}
            required={opening.required}
            chars={opening.charCount}
            active={isSection(opening.id)}
            depth={0}
            onClick={() => onSelect({ kind: 'section', id: opening.id })}
            extra={annotate?.(opening.id)}
          />
        )}
        {parts.map((part) => [sectionEntry(part, 0), ...part.children.map((child) => sectionEntry(child, 1))])}
        <Entry
          label="落款"
          state={closingDone ? 'complete' : 'empty'}
          required
          active={selected.kind === 'closing'}
          depth={0}
          onClick={() => onSelect({ kind: 'closing' })}
        />
        {attachments.map((a, i) => (
          <Entry
            key={a.id}
            label={a.heading}
            number={`${attachmentLabel(i, attachments.length)} `}
            state={a.state}
            required={false}
            chars={a.charCount}
            active={isSection(a.id)}
            depth={0}
            onClick={() => onSelect({ kind: 'section', id: a.id })}
          />
        ))}
      </ol>
      {onAddPart && (
        <button type="button" className="add-part" onClick={onAddPart}>
          ＋ 添加部分
        </button>
      )}
      {onAddAttachment && (
        <button type="button" className="add-part" onClick={onAddAttachment}>
          ＋ 添加附件
        </button>
      )}
    </nav>
  );
}
