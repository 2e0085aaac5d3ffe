import { describe, expect, it } from 'vitest';
import { shortcutOf } from '../../../client/canvas/useCanvasKeys';
import { readPresence } from '../../../client/sync/presence';
import { initials } from '../../../client/sync/identity';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('shortcutOf', () => {
  it('undoes with Ctrl+Z or Cmd+Z and redoes with Shift on top, or Ctrl+Y', () => {
    expect(shortcutOf(key('z', { ctrlKey: true }))).toBe('undo');
    expect(shortcutOf(key('z', { metaKey: true }))).toBe('undo');
    expect(shortcutOf(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(shortcutOf(key('y', { ctrlKey: true }))).toBe('redo');
  });

  it('duplicates and selects all with Ctrl or Cmd, clears the selection with Escape, and leaves copy and paste to the clipboard events', () => {
    expect(shortcutOf(key('c', { ctrlKey: true }))).toBeNull();
    expect(shortcutOf(key('v', { metaKey: true }))).toBeNull();
    expect(shortcutOf(key('d', { ctrlKey: true }))).toBe('duplicate');
    expect(shortcutOf(key('a', { metaKey: true }))).toBe('selectAll');
    expect(shortcutOf(key('Escape'))).toBe('deselect');
  });

  it('deletes with Delete or Backspace, and ignores plain letters', () => {
    expect(shortcutOf(key('Delete'))).toBe('delete');
    expect(shortcutOf(key('Backspace'))).toBe('delete');
    expect(shortcutOf(key('z'))).toBeNull();
  });
});

describe('readPresence', () => {
  it("reads a peer's name, colour, role and cursor", () => {
    expect(readPresence({ name: 'Ada', color: '#f00', role: 'participant', cursor: { x: 1, y: 2 } })).toEqual({
      name: 'Ada',
      color: '#f00',
      role: 'participant',
      cursor: { x: 1, y: 2 },
    });
  });

  it('ignores a state that is not ours and a cursor that is not a point', () => {
    expect(readPresence({})).toBeNull();
    expect(readPresence({ name: 'Eve', role: 'admin' })).toBeNull();
    expect(readPresence({ name: 'Ada', role: 'viewer', cursor: { x: 'left' } })?.cursor).toBeNull();
  });
});

describe('initials', () => {
  it('takes the first letters of the first and last word', () => {
    expect(initials('Ada King Lovelace')).toBe('AL');
    expect(initials('  ben ')).toBe('B');
    expect(initials('')).toBe('?');
  });
});
