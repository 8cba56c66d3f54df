import type { RichTextState } from '../../shared/rich-text';

/** JSON with sorted keys: the core's validation reorders an object's keys, not its content. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined) // as JSON drops them
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** Whether two editor states hold the same text and formatting (as sent and as stored). */
export function sameContent(a: RichTextState | null | undefined, b: RichTextState | null | undefined): boolean {
  return a != null && b != null && canonical(a) === canonical(b);
}
