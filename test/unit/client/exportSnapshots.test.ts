import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addNote, createOrigin } from '../../../shared/board';
import { snapshotPath } from '../../../shared/protocol/api';
import { openReadOnlyBoard } from '../../../client/snapshots/readOnlyBoard';
import { snapshotKind, snapshotTime } from '../../../client/snapshots/snapshotLabels';
import { matchRoute } from '../../../client/router';
import { LINKS_AND_NOTES } from './boards';

describe('the snapshot route', () => {
  it('opens the path snapshotPath makes, with its board, snapshot and key', () => {
    const url = new URL(snapshotPath('b 1', 's/1', 'k&1'), 'http://local');
    expect(matchRoute(url.pathname, url.search)).toEqual({ page: 'snapshot', id: 'b 1', snapshotId: 's/1', key: 'k&1' });
    expect(matchRoute('/b/abc', '?key=k')).toEqual({ page: 'board', id: 'abc', key: 'k' });
    expect(matchRoute('/b/abc/snapshots', '')).toEqual({ page: 'notFound', path: '/b/abc/snapshots' });
  });
});

describe('a snapshot opened read-only', () => {
  it('shows the stored board, cannot edit it, and talks to no server', () => {
    const state = Y.encodeStateAsUpdate(LINKS_AND_NOTES.doc);
    const frames: (() => void)[] = [];
    const opened = openReadOnlyBoard('b1', state, (callback) => frames.push(callback));
    const { session } = opened;
    expect(session.store.getSnapshot()).toEqual(LINKS_AND_NOTES.snapshot());
    expect(session.canEdit).toBe(false);
    expect(session.role).toBe('viewer');
    expect(session.undoManager).toBeNull();
    expect(session.awareness.getLocalState()).toBeNull();
    expect(session.extensions.send(new Uint8Array([1]))).toBe(false);
    expect(session.control.getSnapshot().state).toBeNull();
    opened.destroy();
  });

  it('is a copy: a change to it never reaches the board it came from', () => {
    const before = LINKS_AND_NOTES.snapshot();
    const opened = openReadOnlyBoard('b1', Y.encodeStateAsUpdate(LINKS_AND_NOTES.doc), () => undefined);
    addNote(opened.session.doc, { kind: 'idea', text: 'stray', teamId: LINKS_AND_NOTES.ids.company, author: 'x' }, createOrigin('user', 'x'));
    expect(LINKS_AND_NOTES.snapshot()).toEqual(before);
    opened.destroy();
  });
});

describe('how a snapshot is described', () => {
  it('says whether a step change took it or the facilitator did', () => {
    expect(snapshotKind({ auto: true })).toBe('Automatic (step change)');
    expect(snapshotKind({ auto: false })).toBe('Manual');
  });

  it("gives today's time by the clock, an older one with its date", () => {
    const now = new Date(2026, 10, 23, 12, 0);
    expect(snapshotTime(new Date(2026, 10, 23, 9, 30).getTime(), now, 'en-GB')).toBe('09:30');
    expect(snapshotTime(new Date(2026, 10, 20, 9, 30).getTime(), now, 'en-GB')).toBe('20 Nov 2026, 09:30');
  });
});
