import type { RolloverDiff } from '../../../shared/rollover/rollover-schema';

/** Last year's text and this year's side by side: removed text marked on the left, added on the right. */
export function DiffView({ diff }: { diff: RolloverDiff }) {
  return (
    <div className="diff-view" aria-label="与上年对比">
      <section aria-label="上年文字">
        <h4>上年</h4>
        <p>
          {diff.chunks
            .filter((c) => c.kind !== 'added')
            .map((c, i) => (c.kind === 'removed' ? <del key={i}>{c.text}</del> : <span key={i}>{c.text}</span>))}
        </p>
      </section>
      <section aria-label="本年文字">
        <h4>本年</h4>
        <p>
          {diff.chunks
            .filter((c) => c.kind !== 'removed')
            .map((c, i) => (c.kind === 'added' ? <ins key={i}>{c.text}</ins> : <span key={i}>{c.text}</span>))}
        </p>
      </section>
    </div>
  );
}
