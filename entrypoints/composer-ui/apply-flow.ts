import type { PanelStatus } from '../../components/Panel/Panel';
import { type ApplyOptions, applyEdit, type Edit } from '../../lib/editors/apply';
import { readEditor, splice } from '../../lib/editors/index';
import { copyText } from './clipboard';

/**
 * Applies one rewrite through the editor's own input path and says what became of it in the
 * panel's words. When the editor refuses, the rewritten post goes to the clipboard instead.
 */
export async function applyRewrite(
  editor: HTMLElement,
  edit: Edit,
  scratch: ShadowRoot,
  report: (error: unknown) => void,
  options: ApplyOptions & { analysed: string },
): Promise<PanelStatus> {
  const { analysed } = options;
  let outcome: Awaited<ReturnType<typeof applyEdit>>;
  try {
    outcome = await applyEdit(editor, edit, options);
  } catch (error) {
    report(error);
    outcome = { ok: false, reason: 'refused', restored: readEditor(editor).text === analysed };
  }
  if (outcome.ok) return { tone: 'ok', text: 'Applied. Ctrl+Z undoes it.' };
  if (outcome.reason === 'changed')
    return {
      tone: 'warn',
      text: 'Your draft changed since it was checked, so nothing was replaced. Here is a fresh check.',
    };
  const copied = await copyText(splice(analysed, edit.start, edit.end, edit.text), scratch);
  const where = copied
    ? 'The rewritten post is on your clipboard to paste.'
    : 'Copying the rewrite to the clipboard did not work either.';
  return {
    tone: 'warn',
    text: outcome.restored
      ? `This editor did not accept the change, so your draft is as it was. ${where}`
      : `This editor took only part of the change and it could not be undone: please check your draft (Ctrl+Z). ${where}`,
  };
}
