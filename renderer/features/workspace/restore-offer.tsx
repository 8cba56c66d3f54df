import { useEffect, useState } from 'react';
import type { Section } from '../../../shared/report-schema';
import { toPlainText } from '../../../shared/rich-text';
import { formatDateTime } from '../../lib/format';
import { sameContent } from '../../lib/same-content';
import { HEARTBEAT_MS, unsavedStore, type Draft } from '../../lib/unsaved-store';

/** The end of the text, where the unsaved typing usually is. */
const excerpt = (d: Draft) => {
  const text = toPlainText(d.content).replace(/\s+/g, ' ');
  return text.length > 60 ? `……${text.slice(-60)}` : text;
};

interface Props {
  reportId: string;
  sections: Section[];
  onRestore(draft: Draft): void;
}

/**
 * 恢复未保存的内容 (issue 10): text typed in a page that is gone (reloaded, closed while the program
 * was restarted, crashed) and never acknowledged. Restoring opens the section with that text; when the
 * section moved on meanwhile, the conflict notice asks which text to keep.
 */
export function RestoreOffer({ reportId, sections, onRestore }: Props) {
  const [orphans, setOrphans] = useState<Draft[]>([]);
  useEffect(() => {
    const scan = () => {
      const store = unsavedStore();
      const found = store.orphans(reportId).filter((d) => {
        const section = sections.find((s) => s.id === d.sectionId);
        if (section && sameContent(section.content, d.content)) {
          store.remove(d); // its save went through after all
          return false;
        }
        return section !== undefined;
      });
      // One offer per section: the newest text (older ones of other pages stay stored).
      setOrphans(found.filter((d, i) => found.findIndex((x) => x.sectionId === d.sectionId) === i));
    };
    scan();
    const timer = setInterval(scan, HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [reportId, sections]);

  if (orphans.length === 0) return null;
  const headingOf = (d: Draft) => sections.find((s) => s.id === d.sectionId)?.heading ?? d.heading;
  return (
    <div className="restore-offer notice" role="alert" aria-label="未保存的内容">
      <p>
        <strong>发现未保存的内容。</strong>上次在本浏览器中输入的以下文字没有保存成功（页面被刷新或关闭、程序重启或浏览器崩溃）：
      </p>
      <ul>
        {orphans.map((d) => (
          <li key={`${d.tab}-${d.sectionId}`}>
            “{headingOf(d)}”（{formatDateTime(new Date(d.at).toISOString())} 输入）
            <span className="draft-excerpt">{excerpt(d)}</span>
            <button type="button" onClick={() => onRestore(d)}>
              恢复未保存的内容
            </button>
            <button
              type="button"
              className="link"
              onClick={() => {
                if (!window.confirm(`丢弃“${headingOf(d)}”中未保存的文字？丢弃后无法找回。`)) return;
                unsavedStore().remove(d);
                setOrphans((list) => list.filter((x) => x !== d));
              }}
            >
              丢弃
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
