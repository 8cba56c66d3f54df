import { parseDeadline } from './deadline';
import type { ParsedMeasure } from './plan-import-schema';

/**
 * One measure as plans write it: 「推进……。（牵头单位：市司法局；责任单位：各县（市、区）政府；
 * 完成时限：2025年12月底前）」, or 「（市司法局牵头，市直各部门配合，2025年6月底前完成）」. The
 * trailing bracket is found by balance (unit names carry brackets of their own); fields are split on
 * 「；」 or on 「，」 before a label. What cannot be placed is kept and named in `issues`.
 */

const OPEN = new Set(['（', '(']);
const CLOSE = new Set(['）', ')']);
const FIELD_HINT = /牵头|责任|配合|参与|协办|时限|完成时间|负责|指标|月底|年底|季度|全年|长期|持续/u;

/** The text before the trailing bracket and the bracket's content; null when there is none. */
export function trailingBracket(text: string): { body: string; inner: string } | null {
  const trimmed = text.trim().replace(/[。；;]+$/u, '');
  const chars = [...trimmed];
  if (!CLOSE.has(chars.at(-1) ?? '')) return null;
  let depth = 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    const c = chars[i]!;
    if (CLOSE.has(c)) depth += 1;
    else if (OPEN.has(c)) depth -= 1;
    if (depth === 0) {
      const inner = chars.slice(i + 1, -1).join('');
      if (!FIELD_HINT.test(inner)) return null;
      return { body: chars.slice(0, i).join('').trim(), inner };
    }
  }
  return null;
}

const LABELS: Array<[RegExp, 'lead' | 'units' | 'deadline' | 'indicator']> = [
  [/^(?:牵头单位|牵头部门|牵头)$/u, 'lead'],
  [/^(?:责任单位|责任部门|配合单位|配合部门|参与单位|协办单位|责任主体)$/u, 'units'],
  [/^(?:完成时限|完成时间|时间节点|时限|时间)$/u, 'deadline'],
  [/^(?:工作指标|指标|目标)$/u, 'indicator'],
];
const LABEL_WORDS =
  '牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|参与单位|协办单位|责任主体|完成时限|完成时间|时间节点|时限|工作指标';

/** Splits on 「；」 outside brackets, and on 「，」 right before a label. */
function pieces(inner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  const chars = [...inner];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (OPEN.has(c)) depth += 1;
    if (CLOSE.has(c)) depth -= 1;
    const rest = chars.slice(i + 1).join('');
    const split =
      depth === 0 && (c === '；' || c === ';' || ((c === '，' || c === ',') && new RegExp(`^\\s*(?:${LABEL_WORDS})[：:]`, 'u').test(rest)));
    if (split) {
      out.push(current.trim());
      current = '';
    } else current += c;
  }
  out.push(current.trim());
  return out.filter(Boolean);
}

type Fields = Pick<ParsedMeasure, 'leadUnit' | 'units' | 'deadline' | 'indicator' | 'deadlineText' | 'issues'>;

const join = (a: string, b: string) => (a && b ? `${a}，${b}` : a || b);

function placeDeadline(fields: Fields, raw: string, year: number) {
  const parsed = parseDeadline(raw, year);
  if (parsed === null) {
    fields.deadlineText = raw;
    fields.issues.push(`完成时限“${raw}”无法识别，请改为日期、“全年”或“长期”`);
  } else fields.deadline = parsed;
}

/** An unlabelled piece: 「市司法局牵头，各部门配合」「市司法局负责」「2025年6月底前完成」. */
function placeUnlabelled(fields: Fields, piece: string, year: number): boolean {
  if (parseDeadline(piece, year) !== null) return (placeDeadline(fields, piece, year), true);
  const led = /^(.+?)牵头(?:[，,、]\s*(.+?)(?:配合|参与|负责|落实)?)?$/u.exec(piece);
  if (led) {
    fields.leadUnit = join(fields.leadUnit, led[1]!.trim());
    if (led[2]) fields.units = join(fields.units, led[2].trim());
    return true;
  }
  const helped = /^(.+?)(?:配合|参与|负责落实|按职责分工负责|分别负责)$/u.exec(piece);
  if (helped) return ((fields.units = join(fields.units, helped[1]!.trim())), true);
  const owner = /^(.+?)负责$/u.exec(piece);
  if (owner) return ((fields.leadUnit = join(fields.leadUnit, owner[1]!.trim())), true);
  return false;
}

export function parseFields(inner: string, year: number): Fields {
  const fields: Fields = { leadUnit: '', units: '', deadline: '', indicator: '', deadlineText: '', issues: [] };
  for (const piece of pieces(inner)) {
    const labelled = /^([^：:]{1,6})[：:]\s*(.*)$/u.exec(piece);
    const kind = labelled ? LABELS.find(([re]) => re.test(labelled[1]!.trim()))?.[1] : undefined;
    if (labelled && kind) {
      const value = labelled[2]!.trim();
      if (kind === 'lead') fields.leadUnit = join(fields.leadUnit, value);
      else if (kind === 'units') fields.units = join(fields.units, value);
      else if (kind === 'indicator') fields.indicator = value;
      else placeDeadline(fields, value, year);
      continue;
    }
    // 「市司法局牵头，各部门配合，6月底前完成」: each 「，」 part is placed on its own.
    const parts = piece
      .split(/[，,](?![^（(]*[）)])/u)
      .map((s) => s.trim())
      .filter(Boolean);
    const unplaced = parts.filter((p) => !placeUnlabelled(fields, p, year));
    if (unplaced.length) fields.issues.push(`括号中的“${unplaced.join('，')}”无法识别为牵头单位、责任单位或完成时限`);
  }
  return fields;
}

const LEADING_NUMBER = /^\s*(?:\d+|[０-９]+)\s*[.．、]\s*|^\s*[（(]\d+[）)]\s*/u;

/** A measure line with its number stripped and its bracket split into fields. */
export function parseMeasureLine(line: string, year: number): ParsedMeasure {
  const text = line.replace(LEADING_NUMBER, '').trim();
  const bracket = trailingBracket(text);
  if (!bracket) return { text, leadUnit: '', units: '', deadline: '', indicator: '', deadlineText: '', issues: [] };
  return { text: bracket.body.replace(/[；;，,]$/u, '') || text, ...parseFields(bracket.inner, year) };
}

/** A line holding only the fields (web pages often put the bracket on a line of its own). */
export function fieldsOnlyLine(line: string): string | null {
  const t = line.trim();
  const whole = /^[（(](.*)[）)][。；]?$/u.exec(t);
  if (whole && new RegExp(`^(?:${LABEL_WORDS})[：:]|牵头`, 'u').test(whole[1]!)) return whole[1]!;
  if (new RegExp(`^(?:${LABEL_WORDS})[：:]`, 'u').test(t)) return t;
  return null;
}
