import { SEVERITY_LABELS } from '../../../shared/checks/types';
import { api } from '../../api/client';

const LISTED = 10;

/**
 * Called by the export button: when error-level findings remain (not ignored), lists them and lets
 * the user decide. Resolves true to go on exporting. A failing check never blocks the export.
 */
export async function confirmExportWithFindings(
  reportId: string,
  confirm: (text: string) => boolean = (t) => window.confirm(t),
): Promise<boolean> {
  let errors;
  try {
    errors = (await api('checks.runReport', { reportId })).findings.filter((f) => f.severity === 'error' && f.ignored === null);
  } catch {
    return true;
  }
  if (errors.length === 0) return true;
  const lines = errors.slice(0, LISTED).map((f, i) => `${i + 1}. [${SEVERITY_LABELS[f.severity]}] ${f.message}（…${f.excerpt}…）`);
  const more = errors.length > LISTED ? `\n……另有 ${errors.length - LISTED} 处` : '';
  return confirm(`校对发现 ${errors.length} 处错误尚未修改：\n\n${lines.join('\n')}${more}\n\n仍要导出吗？（可在“校对”面板中修改或忽略）`);
}
