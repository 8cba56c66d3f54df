import type { Guidance } from '../../../shared/template-schema';

function List({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}

/** The template's advice for the selected part: what it must contain, typical topics, pitfalls. */
export function GuidancePanel({ title, guidance }: { title: string; guidance: Guidance | null }) {
  return (
    <aside className="guidance" aria-label="撰写指引">
      <h3>撰写指引</h3>
      <p className="guidance-for">{title}</p>
      {guidance ? (
        <>
          <p>{guidance.summary}</p>
          <List title="必须写到" items={guidance.mustContain} />
          <List title="常见内容" items={guidance.typicalTopics} />
          <List title="容易出错" items={guidance.pitfalls} />
        </>
      ) : (
        <p className="muted">这一部分是自行添加的，模板没有专门的指引。</p>
      )}
    </aside>
  );
}
