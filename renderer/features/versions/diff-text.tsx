import type { DiffPart } from '../../../shared/versions-schema';

/** One side of a comparison: the old side shows deletions, the new side shows insertions. */
export function DiffText({ parts, side }: { parts: DiffPart[]; side: 'old' | 'new' }) {
  const hidden = side === 'old' ? 'insert' : 'delete';
  const shown = parts.filter((p) => p.type !== hidden);
  if (shown.length === 0) return <p className="muted">（空）</p>;
  return (
    <p className="diff-text">
      {shown.map((p, i) =>
        p.type === 'equal' ? (
          <span key={i}>{p.text}</span>
        ) : p.type === 'insert' ? (
          <ins key={i} className="diff-insert">
            {p.text}
          </ins>
        ) : (
          <del key={i} className="diff-delete">
            {p.text}
          </del>
        ),
      )}
    </p>
  );
}
