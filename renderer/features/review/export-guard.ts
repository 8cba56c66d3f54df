import { api } from '../../api/client';

/**
 * Called by the export buttons (issue 16): while suggestions are open, the exported text is the one
 * without them; the user is told how many and decides. A failing lookup never blocks the export.
 */
export async function confirmExportWithOpenSuggestions(
  reportId: string,
  confirm: (text: string) => boolean = (t) => window.confirm(t),
): Promise<boolean> {
  let open;
  try {
    open = (await api('review.state', { reportId })).suggestions.filter((s) => s.status === 'open').length;
  } catch {
    return true;
  }
  if (open === 0) return true;
  return confirm(
    `还有 ${open} 条修订建议未处理，导出的是未接受这些修订的文字。\n\n仍要导出吗？（可在“审阅”面板中接受或拒绝；“带修订和批注导出”可连同修订一起导出）`,
  );
}
