import {
  PART_ROLE_LABELS,
  PART_ROLES,
  type ImportedSection,
  type ImportPreview,
  type PartRole,
} from '../../../shared/import/import-schema';

interface Props {
  sections: ImportedSection[];
  roles: Array<PartRole | null>;
  /** The chosen template's parts by role, named as that template names them (e.g. 工作回顾). */
  partLabels: Partial<Record<PartRole, string>> | null;
  /** Best guesses for unmapped parts: shown with 采用, never applied by themselves. */
  suggestions: ImportPreview['suggestions'];
  onRole(index: number, role: PartRole | null): void;
}

function numberOf(s: ImportedSection): string {
  if (!s.number) return '';
  return [`${s.number}、`, `（${s.number}）`, `${s.number}.`, `（${s.number}）`][s.level - 1]!;
}

function SubOutline({ sections }: { sections: ImportedSection[] }) {
  if (!sections.length) return null;
  return (
    <ul className="import-suboutline">
      {sections.map((s, i) => (
        <li key={i}>
          <span className={`import-level-${s.level}`}>
            {numberOf(s)}
            {s.heading}
          </span>
          <span className="muted">（{s.chars} 字）</span>
          <SubOutline sections={s.children} />
        </li>
      ))}
    </ul>
  );
}

/** The recovered outline with, for each level-1 part, the template part it goes into (correctable). */
export function ImportOutline({ sections, roles, partLabels, suggestions, onRole }: Props) {
  const labels = partLabels ?? PART_ROLE_LABELS;
  const offered = PART_ROLES.filter((r) => labels[r] !== undefined);
  return (
    <ol className="import-outline" aria-label="识别出的结构">
      {sections.map((s, i) => (
        <li key={i} className="import-part">
          <div className="import-part-row">
            <strong>
              {numberOf(s)}
              {s.heading}
            </strong>
            <label className="import-mapping">
              归入
              <select
                aria-label={`“${s.heading}”归入`}
                value={roles[i] ?? ''}
                onChange={(e) => onRole(i, e.target.value ? (e.target.value as PartRole) : null)}
              >
                {offered.map((r) => (
                  <option key={r} value={r}>
                    {labels[r]}
                  </option>
                ))}
                <option value="">作为新增部分保留</option>
              </select>
            </label>
          </div>
          {suggestions
            .filter((g) => g.index === i && (roles[i] ?? null) !== g.part)
            .map((g) => (
              <p key={g.index} className="import-suggestion">
                建议：{g.part ? `归入“${labels[g.part] ?? PART_ROLE_LABELS[g.part]}”` : '作为新增部分保留'}（{g.reason}）
                {g.part && (
                  <button type="button" className="link" onClick={() => onRole(i, g.part)}>
                    采用
                  </button>
                )}
              </p>
            ))}
          {suggestions.some((g) => g.index === i && g.part === null && roles[i] === null) && (
            <p className="import-suggestion muted">建议：作为新增部分保留在原来的位置</p>
          )}
          <SubOutline sections={s.children} />
        </li>
      ))}
    </ol>
  );
}
