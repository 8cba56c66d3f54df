/**
 * Injected-error fixtures: a clean text and edits that each inject one known mistake. Used by the
 * recall test and the recall report; kept in shared/ so both run the same measurement.
 */
export interface Edit {
  line: number;
  find: string;
  replace: string;
}
export interface Injection extends Edit {
  rule: string;
  /** The line the finding is expected on, when not the edited line (e.g. a missing part: the title). */
  at?: number;
  also?: Edit[];
}

export function applyInjection(lines: readonly string[], injection: Injection): string[] {
  const out = [...lines];
  for (const e of [injection, ...(injection.also ?? [])]) {
    const line = out[e.line - 1];
    if (line === undefined || !line.includes(e.find)) throw new Error(`注入位置不存在：第${e.line}行“${e.find}”`);
    out[e.line - 1] = line.replace(e.find, e.replace);
  }
  return out;
}
