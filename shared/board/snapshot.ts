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
import { FORMAT_VERSION, type BoardSnapshot, type Extra, type Link, type Note, type Team } from './types';

/**
 * The only Yjs-to-plain conversion: a whole board as plain data, every list sorted by id
 * so the same board always yields the same snapshot whatever the map order.
 */
export function snapshotBoard(doc: Y.Doc): BoardSnapshot {
  const meta = metaMap(doc);
  const metaExtra = meta.get('extra');
  return {
    meta: {
      title: readString(meta, 'title', 'Untitled board'),
      createdAt: readNumber(meta, 'createdAt'),
      formatVersion: readNumber(meta, 'formatVersion', FORMAT_VERSION),
      levels: readLevels(doc),
      budget: readBudget(doc),
      extra: {
        ...readExtra(meta, META_FIELDS),
        ...(metaExtra && typeof metaExtra === 'object' ? (metaExtra as Extra) : {}),
      },
    },
    teams: sortedEntries(teamsMap(doc)).map(([id, entry]) => readTeam(id, entry)),
    notes: sortedEntries(notesMap(doc)).map(([id, entry]) => readNote(id, entry)),
    links: sortedEntries(linksMap(doc)).map(([id, entry]) => readLink(id, entry)),
  };
}

function sortedEntries(map: Y.Map<EntryMap>): [string, EntryMap][] {
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
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
