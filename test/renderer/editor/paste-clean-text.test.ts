import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanPlainParagraphs, cleanSpaces, isWebDebris, normalisePunctuation } from '../../../renderer/editor/plugins/paste-clean-text';

describe('cleaning paste: text rules', () => {
  it('drops &nbsp; indents and runs between Chinese characters; keeps one space between Latin words', () => {
    expect(cleanSpaces('\u00a0\u00a0\u00a0\u00a0一年来，我局\u00a0\u00a0全面推进 法治政府建设。')).toBe(
      '一年来，我局全面推进法治政府建设。',
    );
    expect(cleanSpaces('Times\u00a0\u00a0New  Roman 字体')).toBe('Times New Roman 字体');
  });

  it('recognises website furniture, not report text', () => {
    for (const line of [
      '（来源：市司法局  发布时间：2025-01-08  浏览次数：1,024）',
      '发布时间：2025-01-08 10:20',
      '【字体：大 中 小】【打印本页】【关闭窗口】',
      '[打印本页] [关闭窗口]',
      '阅读次数：356',
    ])
      expect(isWebDebris(line), line).toBe(true);
    for (const line of [
      '全年办理行政复议案件12件，来源于群众举报的占三成。',
      '一、2024年工作情况',
      '【典型案例】某县市场监管局行政处罚案',
      '本站访问量持续增长，全年达到3万次以上，群众满意。',
    ])
      expect(isWebDebris(line), line).toBe(false);
  });

  it('property: no text is lost — every non-space character of a non-debris line survives, in order', () => {
    const piece = fc.constantFrom('法', '治', '政', '府', '，', '。', 'A', 'b', '1', ' ', '\u00a0', '\u3000', '\t', '\n', '\r\n');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 80 }).map((a) => a.join('')),
        (text) => {
          const out = cleanPlainParagraphs(text);
          const kept = text
            .split(/\r\n|\r|\n/)
            .filter((l) => !isWebDebris(cleanSpaces(l)))
            .join('')
            .replace(/[\s\u00a0\u3000]/g, '');
          expect(out.join('').replace(/[\s\u3000]/g, '')).toBe(kept);
          expect(out.every((p) => p !== '' && p === p.trim())).toBe(true);
        },
      ),
    );
  });

  it('a 500,000-character paste is split into its paragraphs without losing a character', () => {
    const para = '一年来，我局坚持依法行政，全面推进法治政府建设，取得明显成效。';
    const text = Array.from({ length: 16_200 }, () => para).join('\n');
    expect(text.length).toBeGreaterThan(500_000);
    const out = cleanPlainParagraphs(text);
    expect(out).toHaveLength(16_200);
    expect(out.join('\n')).toBe(text);
  });
});

describe('half-width punctuation in pasted Chinese text', () => {
  it('becomes full-width after Chinese characters and in brackets around Chinese; numbers and Latin stay', () => {
    expect(normalisePunctuation('我局坚持依法行政, 全面推进;成效明显!(2024年)共1,024件, 时间10:20。').text).toBe(
      '我局坚持依法行政，全面推进；成效明显！（2024年）共1,024件，时间10:20。',
    );
    expect(normalisePunctuation('Times New Roman, (v2)').count).toBe(0);
  });

  it('property: only the marks change — the text minus punctuation and spaces is the same', () => {
    const piece = fc.constantFrom('法', '治', '1', '0', 'a', ',', ';', ':', '?', '!', '(', ')', ' ', '年');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }).map((a) => a.join('')),
        (text) => {
          const strip = (s: string) => s.replace(/[,;:?!()，；：？！（） ]/g, '');
          const { text: out, count } = normalisePunctuation(text);
          expect(strip(out)).toBe(strip(text));
          if (count === 0) expect(out).toBe(text);
        },
      ),
    );
  });
});
