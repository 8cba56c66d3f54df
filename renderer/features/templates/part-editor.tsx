import { headingNumber } from '../../../shared/outline';
import { GuidanceFields } from './guidance-fields';
import { newSubsection, type PartDraft, type SubsectionDraft } from './template-draft';

interface Props {
  part: PartDraft;
  index: number;
  count: number;
  idProblem: string | null;
  onChange(next: PartDraft): void;
  onMove(direction: -1 | 1): void;
  onRemove(): void;
}

function SubsectionRow(props: { sub: SubsectionDraft; index: number; onChange(next: SubsectionDraft): void; onRemove(): void }) {
  const { sub, index, onChange, onRemove } = props;
  return (
    <li className="subsection-row">
      <span className="muted">{headingNumber(2, index + 1)}</span>
      <input
        aria-label={`小节${index + 1}标题`}
        value={sub.heading}
        onChange={(e) => onChange({ ...sub, heading: e.target.value })}
        placeholder="小节标题"
      />
      <label className="checkbox">
        <input type="checkbox" checked={sub.createByDefault} onChange={(e) => onChange({ ...sub, createByDefault: e.target.checked })} />
        新建报告时默认创建
      </label>
      <button type="button" className="danger" onClick={onRemove}>
        删除小节
      </button>
    </li>
  );
}

/** One level-1 part of a template: heading, id, flags, guidance and suggested subsections. */
export function PartEditor({ part, index, count, idProblem, onChange, onMove, onRemove }: Props) {
  const number = headingNumber(1, index + 1);
  const setSub = (i: number, next: SubsectionDraft) =>
    onChange({ ...part, subsections: part.subsections.map((s, j) => (j === i ? next : s)) });
  return (
    <fieldset className="part-editor" aria-label={`第${index + 1}部分`}>
      <legend>
        {number}
        {part.heading || '（未命名部分）'}
      </legend>
      <div className="part-toolbar">
        <button type="button" disabled={index === 0} onClick={() => onMove(-1)}>
          上移
        </button>
        <button type="button" disabled={index === count - 1} onClick={() => onMove(1)}>
          下移
        </button>
        <button type="button" className="danger" disabled={count === 1} onClick={onRemove}>
          删除部分
        </button>
      </div>
      <label>
        标题
        <input
          aria-label="部分标题"
          value={part.heading}
          onChange={(e) => onChange({ ...part, heading: e.target.value })}
          placeholder="如：{year}年推进法治政府建设的主要举措和成效"
        />
        <span className="hint muted">
          {'{year}'} 替换为报告年度，{'{nextYear}'} 替换为下一年度。序号（一、二、……）按位置自动生成，不要写进标题。
        </span>
      </label>
      <label>
        编号
        <input
          aria-label="部分编号"
          className="part-id"
          value={part.id}
          onChange={(e) => onChange({ ...part, id: e.target.value })}
          aria-invalid={idProblem !== null}
        />
        {idProblem ? (
          <span className="error small">{idProblem}</span>
        ) : (
          <span className="hint muted">报告靠编号找到这一部分的指引；已有报告使用的编号不要再改。</span>
        )}
      </label>
      <div className="flag-row">
        <label className="checkbox">
          <input type="checkbox" checked={part.required} onChange={(e) => onChange({ ...part, required: e.target.checked })} />
          必填（报告中不能删除）
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={part.allowSubsections}
            onChange={(e) => onChange({ ...part, allowSubsections: e.target.checked })}
          />
          允许添加小节
        </label>
      </div>
      <GuidanceFields label="撰写指引" value={part.guidance} onChange={(guidance) => onChange({ ...part, guidance })} />
      <div className="subsections">
        <h4>建议的小节</h4>
        {part.subsections.length === 0 && <p className="muted small">没有建议的小节。</p>}
        <ol>
          {part.subsections.map((sub, i) => (
            <SubsectionRow
              key={sub.key}
              sub={sub}
              index={i}
              onChange={(next) => setSub(i, next)}
              onRemove={() => onChange({ ...part, subsections: part.subsections.filter((_, j) => j !== i) })}
            />
          ))}
        </ol>
        <button type="button" onClick={() => onChange({ ...part, subsections: [...part.subsections, newSubsection(part.subsections)] })}>
          添加建议小节
        </button>
      </div>
    </fieldset>
  );
}
