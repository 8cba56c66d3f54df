import type { GuidanceDraft } from './template-draft';

interface Props {
  /** Prefix of the labels, so that several guidance blocks on one page stay distinguishable. */
  label: string;
  value: GuidanceDraft;
  onChange(next: GuidanceDraft): void;
}

const LISTS: Array<{ field: 'mustContain' | 'typicalTopics' | 'pitfalls'; title: string; placeholder: string }> = [
  { field: 'mustContain', title: '必须写到', placeholder: '每行一条，如：本年度出台的规范性文件数量' },
  { field: 'typicalTopics', title: '常见内容', placeholder: '每行一条' },
  { field: 'pitfalls', title: '容易出错', placeholder: '每行一条，如：只罗列工作，没有成效和数据' },
];

/** The guidance a drafter sees beside the editor: a summary and three one-item-per-line lists. */
export function GuidanceFields({ label, value, onChange }: Props) {
  return (
    <fieldset className="guidance-fields">
      <legend>{label}</legend>
      <label>
        概述
        <textarea
          aria-label={`${label}：概述`}
          rows={3}
          value={value.summary}
          onChange={(e) => onChange({ ...value, summary: e.target.value })}
          placeholder="告诉第一次撰写的同志这一部分写什么、怎么写"
        />
      </label>
      <div className="guidance-lists">
        {LISTS.map(({ field, title, placeholder }) => (
          <label key={field}>
            {title}（每行一条）
            <textarea
              aria-label={`${label}：${title}`}
              rows={4}
              value={value[field]}
              onChange={(e) => onChange({ ...value, [field]: e.target.value })}
              placeholder={placeholder}
            />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
