import type * as Y from 'yjs';
import {
  LINK_FIELDS,
  META_FIELDS,
  NOTE_FIELDS,
  TEAM_FIELDS,
  linksMap,
  metaMap,
  noteText,
  notesMap,
  readBudget,
  readExtra,
  readKind,
  readLevels,
  readMetric,
  readNullableId,
  readNumber,
  readString,
  teamsMap,
  type EntryMap,
} from './schema';
import type { BoardChanges } from './changes';
import { FORMAT_VERSION, type BoardSnapshot, type Extra, type Link, type Note, type Team } from './types';

/**
 * The only Yjs-to-plain conversion: a whole board as plain data, every list sorted by id
 * so the same board always yields the same snapshot whatever the map order.
 */
export function snapshotBoard(doc: Y.Doc): BoardSnapshot {
  return {
    meta: readMeta(doc),
    teams: sortedEntries(teamsMap(doc)).map(([id, entry]) => readTeam(id, entry)),
    notes: sortedEntries(notesMap(doc)).map(([id, entry]) => readNote(id, entry)),
    links: sortedEntries(linksMap(doc)).map(([id, entry]) => readLink(id, entry)),
  };
}

/**
 * `previous` brought up to date with `changes`: only the entries they name are read again;
 * every other team, note and link is the same object as in `previous`, and a list nothing
 * touched is the same array, so consumers can skip what kept its identity. Equal to
 * snapshotBoard(doc) when `changes` names everything that changed since `previous`.
 */
export function refreshSnapshot(doc: Y.Doc, previous: BoardSnapshot, changes: BoardChanges): BoardSnapshot {
  return {
    meta: changes.meta ? readMeta(doc) : previous.meta,
    teams: refreshEntries(teamsMap(doc), previous.teams, changes.teams, readTeam),
    notes: refreshEntries(notesMap(doc), previous.notes, changes.notes, readNote),
    links: refreshEntries(linksMap(doc), previous.links, changes.links, readLink),
  };
}

function refreshEntries<T extends { id: string }>(
  map: Y.Map<EntryMap>,
  previous: T[],
  changed: ReadonlySet<string>,
  read: (id: string, entry: EntryMap) => T,
): T[] {
  if (changed.size === 0) return previous;
  const next: T[] = [];
  const seen = new Set<string>();
  for (const item of previous) {
    if (!changed.has(item.id)) {
      next.push(item);
      continue;
    }
    seen.add(item.id);
    const entry = map.get(item.id);
    if (entry) next.push(read(item.id, entry));
  }
  let added = false;
  for (const id of changed) {
    const entry = seen.has(id) ? undefined : map.get(id);
    if (!entry) continue;
    next.push(read(id, entry));
    added = true;
  }
  return added ? next.sort(byId) : next;
}

function readMeta(doc: Y.Doc): BoardSnapshot['meta'] {
  const meta = metaMap(doc);
  const metaExtra = meta.get('extra');
  return {
    title: readString(meta, 'title', 'Untitled board'),
    createdAt: readNumber(meta, 'createdAt'),
    formatVersion: readNumber(meta, 'formatVersion', FORMAT_VERSION),
    levels: readLevels(doc),
    budget: readBudget(doc),
    extra: {
      ...readExtra(meta, META_FIELDS),
      ...(metaExtra && typeof metaExtra === 'object' ? (metaExtra as Extra) : {}),
    },
  };
}

function sortedEntries(map: Y.Map<EntryMap>): [string, EntryMap][] {
  return [...map.entries()].sort(([a], [b]) => compareIds(a, b));
}

function byId(a: { id: string }, b: { id: string }): number {
  return compareIds(a.id, b.id);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function readTeam(id: string, entry: EntryMap): Team {
  return {
    id,
    name: readString(entry, 'name'),
    function: readString(entry, 'function'),
    level: readNumber(entry, 'level'),
    parentId: readNullableId(entry, 'parentId'),
    x: readNumber(entry, 'x'),
    y: readNumber(entry, 'y'),
    w: readNumber(entry, 'w'),
    h: readNumber(entry, 'h'),
    color: readString(entry, 'color'),
    extra: readExtra(entry, TEAM_FIELDS),
  };
}

export function readNote(id: string, entry: EntryMap): Note {
  const note: Note = {
    id,
    kind: readKind(entry),
    text: noteText(entry)?.toString() ?? readString(entry, 'text'),
    teamId: readNullableId(entry, 'teamId'),
    objectiveId: readNullableId(entry, 'objectiveId'),
    x: readNumber(entry, 'x'),
    y: readNumber(entry, 'y'),
    author: readString(entry, 'author'),
    createdAt: readNumber(entry, 'createdAt'),
    extra: readExtra(entry, NOTE_FIELDS),
  };
  const metric = readMetric(entry);
  if (metric) note.metric = metric;
  return note;
}

export function readLink(id: string, entry: EntryMap): Link {
  return {
    id,
    from: readString(entry, 'from'),
    to: readString(entry, 'to'),
    extra: readExtra(entry, LINK_FIELDS),
  };
}
