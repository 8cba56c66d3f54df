/**
 * Pure text rules of the cleaning paste (no DOM, so they are fuzz-tested): the non-breaking
 * space runs web pages use for indents, and the lines that are page furniture rather than text
 * (「（来源：… 浏览次数：1,024）」, 发布时间, 【字体：大 中 小】, 打印本页 …).
 */

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef';

/** NBSP / ideographic-space runs and white space → one space; none between Chinese characters or at the ends. */
export function cleanSpaces(text: string): string {
  return text
    .replace(/[\u00a0\u2002\u2003\u2009\u200b\ufeff\t\r\n ]+/g, ' ')
    .replace(new RegExp(`([${CJK}]) (?=[${CJK}])`, 'g'), '$1')
    .replace(/^[ \u3000]+|[ \u3000]+$/g, '');
}

const DEBRIS: RegExp[] = [
  // （来源：市司法局  浏览次数：1,024） and the like: a view counter on the line.
  /(浏览|阅读|点击|访问)(次数|量|数)?\s*[:：]?\s*[\d,，]+\s*(次)?\s*[）)]?$/,
  /^[【[]?\s*(来源|信息来源|文章来源|发布时间|发布日期|发布机构|作者|编辑|责任编辑|审核|审校|字号)\s*[:：]/,
  /^[【[]?\s*字体\s*[:：]?\s*[大中小\s]+[】\]]?$/,
  /^[【[]?\s*(打印本页|打印|关闭窗口|关闭|返回顶部|分享到|收藏|扫一扫在手机打开当前页|相关链接|上一篇|下一篇|附件下载)\s*[】\]]?(\s*[【[]?\s*(打印本页|打印|关闭窗口|关闭|返回顶部|收藏)\s*[】\]]?)*$/,
];

const BRACKETED_TOOL =
  /^(字体\s*[:：]?\s*[大中小\s]*|字号\s*[:：]?\s*[大中小\s]*|打印本页|打印|关闭窗口|关闭|返回顶部|收藏本页|收藏|分享到?.*|加入收藏|纠错|我要纠错|扫一扫.*)$/;

/** A short line that is page furniture of a government website, not report text. */
export function isWebDebris(line: string): boolean {
  const t = line.trim();
  if (t === '' || t.length > 120) return false;
  if (DEBRIS.some((re) => re.test(t))) return true;
  // 【字体：大 中 小】【打印本页】【关闭窗口】: a row of bracketed page tools.
  const groups = t.match(/[【[][^】\]]*[】\]]/g);
  return (
    groups !== null &&
    t.replace(/[【[][^】\]]*[】\]]/g, '').trim() === '' &&
    groups.every((g) => BRACKETED_TOOL.test(g.slice(1, -1).trim()))
  );
}

/** Plain text as paragraphs: cleaned spaces, no empty lines, no web debris. */
export function cleanPlainParagraphs(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map(cleanSpaces)
    .filter((line) => line !== '' && !isWebDebris(line));
}

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

/**
 * Half-width punctuation in Chinese text → full-width: 「,;:?!」 right after a Chinese character
 * (a space after it goes too), brackets whose content holds Chinese. Numbers (1,024、10:20) and
 * Latin text are left alone. Returns the text and how many marks changed.
 */
export function normalisePunctuation(text: string): { text: string; count: number } {
  let count = 0;
  let out = text.replace(new RegExp(`([${HAN}])([,;:?!]) ?`, 'g'), (_m, han: string, p: string) => {
    count += 1;
    return han + FULL[p]!;
  });
  out = out.replace(new RegExp(`\\(([^()]*[${HAN}][^()]*)\\)`, 'g'), (_m, inner: string) => {
    count += 1;
    return `（${inner}）`;
  });
  return { text: out, count };
}
