import * as Y from 'yjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transformCaret, type TextDeltaOp } from '../../../client/sync/caret';

/** The delta a remote change produces on a Y.Text, as the note editor's observer sees it. */
function remoteDelta(initial: string, change: (text: Y.Text) => void): { delta: TextDeltaOp[]; after: string } {
  const local = new Y.Doc();
  const remote = new Y.Doc();
  local.getText('t').insert(0, initial);
  Y.applyUpdate(remote, Y.encodeStateAsUpdate(local));
  let delta: TextDeltaOp[] = [];
  local.getText('t').observe((event) => (delta = event.delta as TextDeltaOp[]));
  change(remote.getText('t'));
  Y.applyUpdate(local, Y.encodeStateAsUpdate(remote));
  return { delta, after: local.getText('t').toString() };
}

describe('transformCaret', () => {
  it('moves the caret right by what someone inserts before it', () => {
    const { delta } = remoteDelta('Grow revenue', (t) => t.insert(0, 'We '));
    expect(transformCaret(12, delta)).toBe(15);
  });

  it('leaves the caret alone when someone types after it', () => {
    const { delta } = remoteDelta('Grow revenue', (t) => t.insert(12, ' fast'));
    expect(transformCaret(4, delta)).toBe(4);
  });

  it('keeps the caret before words inserted exactly at it, so my next letter follows my last', () => {
    const { delta } = remoteDelta('Grow revenue', (t) => t.insert(4, ' ARR'));
    expect(transformCaret(4, delta)).toBe(4);
  });

  it('pulls the caret back by what someone deletes before it, and to the start of a delete around it', () => {
    const before = remoteDelta('Grow our revenue', (t) => t.delete(4, 4));
    expect(transformCaret(16, before.delta)).toBe(12);
    const around = remoteDelta('Grow our revenue', (t) => t.delete(2, 10));
    expect(transformCaret(6, around.delta)).toBe(2);
  });

  it('keeps the text left of the caret where it was, for any single remote insert or delete', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        fc.oneof(fc.record({ insert: fc.string({ minLength: 1, maxLength: 5 }) }), fc.record({ delete: fc.integer({ min: 1, max: 6 }) })),
        (initial, caretSeed, atSeed, op) => {
          const caret = caretSeed % (initial.length + 1);
          const at = atSeed % (initial.length + 1);
          const deleted = 'delete' in op ? Math.min(op.delete, initial.length - at) : 0;
          const { delta, after } = remoteDelta(initial, (t) => {
            if ('insert' in op) t.insert(at, op.insert);
            else t.delete(at, deleted);
          });
          const moved = transformCaret(caret, delta);
          // What stood left of the caret and survived still stands left of it, and nothing else.
          const expectedLeft =
            at >= caret
              ? initial.slice(0, caret)
              : 'insert' in op
                ? initial.slice(0, at) + op.insert + initial.slice(at, caret)
                : initial.slice(0, at) + initial.slice(Math.min(at + deleted, caret), caret);
          expect(after.slice(0, moved)).toBe(expectedLeft);
        },
      ),
    );
  });
});
