import type { ChangeKind } from '../../../shared/review/review-schema';

export const KIND_LABELS: Record<ChangeKind, string> = {
  insert: '插入',
  delete: '删除',
  move: '移动',
  edit: '改写',
  comment: '批注',
  format: '格式',
};

/** 2026-12-01T09:00:00Z → 2026-12-01 17:00 (local time, as the reviewer's Word showed it). */
export function shortDate(iso: string): string {
  const d = new Date(iso);
  if (!iso || Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
