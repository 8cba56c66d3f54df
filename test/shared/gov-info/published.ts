import { TABLE_LAYOUTS } from '../../../shared/gov-info/layout';
import { formatCell, type GridValues } from '../../../shared/gov-info/tables';

/**
 * A published 政府信息公开工作年度报告 as its web page copies into plain text: the prose, then each
 * table row by row with the cells joined by `sep` (a tab from a browser, a pipe from some sites).
 * Merged cells are written once, in the row where they start, as browsers copy them. Made for
 * these tests from the national layout and our own figures.
 */
export function publishedText(values: GridValues, sep = '\t', year = 2023): string {
  const out = [
    `江宁县市场监督管理局${year}年政府信息公开工作年度报告`,
    '本报告根据《中华人民共和国政府信息公开条例》编制。',
    '一、总体情况',
    `${year}年，本局共收到政府信息公开申请46件，其中予以公开24件。`,
  ];
  const headings = {
    t2: '二、主动公开政府信息情况',
    t3: '三、收到和处理政府信息公开申请情况',
    t4: '四、政府信息公开行政复议、行政诉讼情况',
  };
  for (const layout of Object.values(TABLE_LAYOUTS)) {
    out.push(headings[layout.table]);
    for (const row of layout.rows) out.push(row.map((c) => (c.key ? formatCell(values[c.key]) : c.text.replace('\n', ''))).join(sep));
  }
  out.push('五、存在的主要问题及改进情况', '依申请公开答复的规范性有待提高。', '六、其他需要报告的事项', '本年度未收取信息处理费。');
  return out.join('\n');
}
