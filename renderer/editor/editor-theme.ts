import type { EditorThemeClasses } from 'lexical';

/** Class names only: the strict CSP forbids inline style sheets, so all looks come from styles.css. */
export const EDITOR_THEME: EditorThemeClasses = {
  paragraph: 'nb-paragraph',
  heading: { h3: 'nb-h3', h4: 'nb-h4' },
  list: { ol: 'nb-ol', ul: 'nb-ul', listitem: 'nb-li', nested: { listitem: 'nb-li-nested' } },
  table: 'nb-table',
  tableRow: 'nb-table-row',
  tableCell: 'nb-table-cell',
  tableCellHeader: 'nb-table-cell-header',
  tableSelection: 'nb-table-selection',
  text: { bold: 'nb-bold', italic: 'nb-italic', underline: 'nb-underline', highlight: 'nb-last-year-figure' },
};
