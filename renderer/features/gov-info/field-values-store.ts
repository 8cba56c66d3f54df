import { useEffect, useSyncExternalStore } from 'react';
import { api } from '../../api/client';
import type { FieldRow } from '../../../shared/fields/contract-fields';

/**
 * The data fields of the report open in the workspace, for the live values in the text (issue 17):
 * the 数据 panel writes them, the editor's field-value nodes read them.
 */
export interface LiveField {
  label: string;
  text: string;
}

let current: Record<string, LiveField> = {};
const listeners = new Set<() => void>();

/** How a field's value reads in the text: 「95%」, 「12件」; a field without a value shows its name in 【】. */
export function fieldText(row: Pick<FieldRow, 'field' | 'value'>): string {
  if (row.value === null) return `【${row.field.label}】`;
  if (typeof row.value === 'string') {
    const [y, m, d] = row.value.split('-').map(Number);
    return `${y}年${m}月${d}日`;
  }
  return `${row.value}${row.field.unit}`;
}

export function setLiveFields(rows: readonly Pick<FieldRow, 'field' | 'value'>[]): void {
  current = Object.fromEntries(rows.map((r) => [r.field.id, { label: r.field.label, text: fieldText(r) }]));
  listeners.forEach((l) => l());
}

export function liveFields(): Record<string, LiveField> {
  return current;
}

export function subscribeLiveFields(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLiveFields(): Record<string, LiveField> {
  return useSyncExternalStore(subscribeLiveFields, liveFields);
}

/** Asks the open section editor to insert a field's live value at its selection. */
export const INSERT_FIELD_EVENT = 'nianbao:insert-field';
export function requestInsertField(fieldId: string): void {
  window.dispatchEvent(new CustomEvent(INSERT_FIELD_EVENT, { detail: { fieldId } }));
}

/** Loads the report's fields into the store while the report is open (cleared when it closes). */
export function useLiveFieldsFor(reportId: string, hasFields: boolean): void {
  useEffect(() => {
    let live = true;
    if (hasFields)
      api('fields.list', { reportId }).then(
        (s) => live && setLiveFields(s.rows),
        () => undefined,
      );
    return () => {
      live = false;
      setLiveFields([]);
    };
  }, [reportId, hasFields]);
}
