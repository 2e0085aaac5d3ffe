/** One op of a Y.Text change, as Y.YTextEvent#delta gives it (plain text: inserts are strings). */
export interface TextDeltaOp {
  insert?: unknown;
  delete?: number;
  retain?: number;
}

/**
 * Where a caret at `index` ends up after a remote change: inserts before it push it right,
 * deletes before it pull it left, a delete spanning it lands it at the delete's start.
 * An insert exactly at the caret goes before it, so the other person's words never land
 * between a letter I typed and the next one I type.
 *
 * @example transformCaret(5, [{ retain: 2 }, { insert: 'abc' }]) // 8
 */
export function transformCaret(index: number, delta: readonly TextDeltaOp[]): number {
  // `before` walks the text as it was; the caret is in those coordinates too.
  let before = 0;
  let caret = index;
  for (const op of delta) {
    if (before >= index) break;
    if (op.retain !== undefined) {
      before += op.retain;
    } else if (op.insert !== undefined) {
      caret += typeof op.insert === 'string' ? op.insert.length : 1;
    } else if (op.delete !== undefined) {
      caret -= Math.min(op.delete, index - before);
      before += op.delete;
    }
  }
  return caret;
}
