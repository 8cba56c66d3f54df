import { CARRY_STATE_LABELS, type CarriedPart } from '../../../shared/rollover/rollover-schema';

/** In the outline: how much of a part is still last year's text, and whether it is 待更新. */
export function RolloverBadge({ part }: { part: CarriedPart | undefined }) {
  if (!part || (part.lastYearShare === 0 && part.state !== 'stale')) return null;
  const share = Math.round(part.lastYearShare * 100);
  return (
    <>
      {part.state === 'stale' && part.lastYearShare > 0 && <span className="badge carry-stale">{CARRY_STATE_LABELS.stale}</span>}
      {part.lastYearShare > 0 && (
        <span className={`badge carry-share${part.similar ? ' similar' : ''}`} title="与上年报告相同的文字所占比例">
          上年 {share}%
        </span>
      )}
    </>
  );
}
