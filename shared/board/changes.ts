import * as Y from 'yjs';
import { linksMap, metaMap, notesMap, teamsMap } from './schema';

/** What a batch of doc changes touched: the board's settings, and entries by id. */
export interface BoardChanges {
  meta: boolean;
  teams: Set<string>;
  notes: Set<string>;
  links: Set<string>;
}

function noChanges(): BoardChanges {
  return { meta: false, teams: new Set(), notes: new Set(), links: new Set() };
}

/**
 * Adds the ids of the entries that `events` (from observeDeep on the teams, notes or links
 * map) touched: entries added, removed or replaced, and entries changed inside, such as
 * a note's position or the Y.Text of its words.
 */
function collectChangedIds(events: readonly Y.YEvent<Y.AbstractType<unknown>>[], into: Set<string>): void {
  for (const event of events) {
    const [id] = event.path;
    if (id !== undefined) into.add(String(id));
    else if (event instanceof Y.YMapEvent) for (const key of event.keysChanged) if (key !== null) into.add(key);
  }
}

/** Gathers what changes on a board doc until taken; see refreshSnapshot. */
export interface BoardChangeWatch {
  /** Everything that changed since the last take. */
  take(): BoardChanges;
  stop(): void;
}

/**
 * Watches the board's four maps, deep, and calls `onChange` after each transaction that
 * touched them, gathering which entries it touched.
 *
 * @example const watch = watchBoardChanges(doc, redraw); refreshSnapshot(doc, previous, watch.take());
 */
export function watchBoardChanges(doc: Y.Doc, onChange: () => void): BoardChangeWatch {
  let changes = noChanges();
  const observe = (type: unknown, collect: (events: Y.YEvent<Y.AbstractType<unknown>>[]) => void) => {
    const map = type as Y.AbstractType<unknown>;
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      collect(events);
      onChange();
    };
    map.observeDeep(observer);
    return () => map.unobserveDeep(observer);
  };
  const stops = [
    observe(metaMap(doc), () => (changes.meta = true)),
    observe(teamsMap(doc), (events) => collectChangedIds(events, changes.teams)),
    observe(notesMap(doc), (events) => collectChangedIds(events, changes.notes)),
    observe(linksMap(doc), (events) => collectChangedIds(events, changes.links)),
  ];
  return {
    take() {
      const taken = changes;
      changes = noChanges();
      return taken;
    },
    stop() {
      for (const stop of stops) stop();
    },
  };
}
