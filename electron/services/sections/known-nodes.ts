import type { RichTextState } from '../../../shared/rich-text';
import { unknownNodeProblem } from '../../../shared/rich-text-nodes';
import { AppError } from '../app-error';

/**
 * sections.save refuses node types the editor does not know, except those already stored in the
 * section and sent back unchanged (the editor keeps them as read-only blocks): issue 11.5.
 */
export function assertKnownNodes(content: RichTextState, storedJson: () => string): void {
  let stored: RichTextState | null = null;
  const problem = () => {
    try {
      stored = JSON.parse(storedJson()) as RichTextState;
    } catch {
      stored = null;
    }
    return unknownNodeProblem(content, stored);
  };
  // The stored content is read only when the new content has an unknown node at all.
  if (unknownNodeProblem(content, null) === null) return;
  const message = problem();
  if (message) throw new AppError('INVALID_INPUT', message);
}
