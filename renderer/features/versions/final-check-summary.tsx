import type { FinalCheck } from '../../../shared/report-guards';

/** What the full check found before 定稿: open errors (a reason is then required) and unfinished sections. */
export function FinalCheckSummary({ check }: { check: FinalCheck | null }) {
  if (!check) return <p className="muted">正在全文校对……</p>;
  const { openErrors, unfinished } = check;
  return (
    <div className="final-check">
      {openErrors.length ? (
        <div className="final-check-errors" role="alert">
          <p>
            <strong>全文校对发现 {openErrors.length} 条错误尚未改正。</strong>建议先改正；如仍要定稿，必须填写理由，理由会记录在版本中。
          </p>
          <ul>
            {openErrors.slice(0, 8).map((e, i) => (
              <li key={i}>{e.message.includes(e.where) ? e.message : `${e.where}：${e.message}`}</li>
            ))}
            {openErrors.length > 8 && <li>……另有 {openErrors.length - 8} 条</li>}
          </ul>
        </div>
      ) : (
        <p className="muted">全文校对：没有未改正的错误。</p>
      )}
      {unfinished.length > 0 && (
        <div className="final-check-unfinished">
          <p>提醒：以下 {unfinished.length} 个部分尚未标记“已完成”：</p>
          <ul className="unfinished-list">
            {unfinished.map((s) => (
              <li key={s.id}>{s.heading}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
