import type * as Y from 'yjs';
import { createBoard } from './commands';
import { checkFormatAndVersion, checkReferences, describeIssue } from './fileChecks';
import {
  BOARD_FILE_FORMAT,
  FILE_LINK_FIELDS,
  FILE_NOTE_FIELDS,
  FILE_TEAM_FIELDS,
  FILE_TOP_FIELDS,
  boardFileSchema,
  type BoardFile,
  type FileNote,
} from './fileSchema';
import { layoutBoard } from './layout';
import type { BoardOrigin } from './origin';
import { linksMap, metaMap, newEntry, notesMap, teamsMap } from './schema';
import { snapshotBoard } from './snapshot';
import {
  DEFAULT_BUDGET,
  DEFAULT_LEVELS,
  FORMAT_VERSION,
  type BoardSnapshot,
  type Extra,
  type Link,
  type Note,
  type Team,
} from './types';

export type { BoardFile } from './fileSchema';

/**
 * The JSON board file, format v1 (PRODUCT.md section 2): parse with a message that names
 * the bad field, serialise, and import into / export from a Y.Doc. Fields the format does
 * not name are kept on every entry and at the top level.
 */

export type ParseBoardFileResult = { ok: true; file: BoardFile } | { ok: false; error: string; field: string };

/**
 * Checks a parsed JSON value is a board file whose references all resolve. A file is
 * refused whole: the first problem is reported, naming its field.
 *
 * @example parseBoardFile({ ...file, version: 2 })
 * // { ok: false, field: 'version', error: 'version: this is a version 2 file; Alignboard reads version 1' }
 */
export function parseBoardFile(input: unknown): ParseBoardFileResult {
  const early = checkFormatAndVersion(input);
  if (early) return { ok: false, ...early };
  const parsed = boardFileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, ...describeIssue(parsed.error.issues[0]!, input) };
  const broken = checkReferences(parsed.data);
  if (broken) return { ok: false, ...broken };
  return { ok: true, file: parsed.data };
}

/** parseBoardFile for the text of an uploaded file. */
export function parseBoardFileJson(text: string): ParseBoardFileResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { ok: false, field: '', error: `the file is not valid JSON: ${(error as Error).message}` };
  }
  return parseBoardFile(input);
}

export function serialiseBoardFile(snapshot: BoardSnapshot): BoardFile {
  const { meta } = snapshot;
  return {
    format: BOARD_FILE_FORMAT,
    version: FORMAT_VERSION,
    title: meta.title,
    createdAt: meta.createdAt,
    levels: [...meta.levels],
    budget: { ...meta.budget },
    ...unknownFields(meta.extra, FILE_TOP_FIELDS),
    teams: snapshot.teams.map(serialiseTeam),
    notes: snapshot.notes.map(serialiseNote),
    links: snapshot.links.map(serialiseLink),
  };
}

function serialiseTeam(team: Team): BoardFile['teams'][number] {
  const { extra, ...fields } = team;
  return { ...fields, ...unknownFields(extra, FILE_TEAM_FIELDS) };
}

function serialiseNote(note: Note): FileNote {
  const { extra, metric, ...fields } = note;
  return { ...fields, ...(metric ? { metric: { ...metric } } : {}), ...unknownFields(extra, FILE_NOTE_FIELDS) };
}

function serialiseLink(link: Link): BoardFile['links'][number] {
  const { extra, ...fields } = link;
  return { ...fields, ...unknownFields(extra, FILE_LINK_FIELDS) };
}

/** The file as its users read it: 2-space indent, ending in a newline. */
export function boardFileToJson(file: BoardFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function exportBoardFile(doc: Y.Doc): BoardFile {
  return serialiseBoardFile(snapshotBoard(doc));
}

export interface ImportOptions {
  /** Stands in for the board's and the notes' `createdAt` when the file has none. */
  now?: number;
}

/**
 * The board a file describes, with defaults filled in and the geometry the file left out
 * laid out (layout.ts). A key result without a `teamId` sits in its objective's team.
 */
export function boardFileToSnapshot(file: BoardFile, options: ImportOptions = {}): BoardSnapshot {
  const createdAt = file.createdAt ?? options.now ?? Date.now();
  const byId = new Map(file.notes.map((n) => [n.id, n]));
  const teamOf = (note: FileNote): string | null => {
    if (note.teamId !== undefined) return note.teamId;
    const objective = note.kind === 'kr' && note.objectiveId ? byId.get(note.objectiveId) : undefined;
    return objective?.teamId ?? null;
  };
  const notes = file.notes.map((note) => ({ ...note, teamId: teamOf(note), objectiveId: note.objectiveId ?? null }));
  const layout = layoutBoard(file.teams, notes);
  return {
    meta: {
      title: file.title,
      createdAt,
      formatVersion: FORMAT_VERSION,
      levels: [...(file.levels ?? DEFAULT_LEVELS)],
      budget: { ...(file.budget ?? DEFAULT_BUDGET) },
      extra: unknownFields(file, FILE_TOP_FIELDS),
    },
    teams: sortById(
      file.teams.map((team) => ({
        id: team.id,
        name: team.name,
        function: team.function,
        level: team.level,
        parentId: team.parentId ?? null,
        ...layout.teams.get(team.id)!,
        color: team.color ?? '',
        extra: unknownFields(team, FILE_TEAM_FIELDS),
      })),
    ),
    notes: sortById(
      notes.map((note) => {
        const out: Note = {
          id: note.id,
          kind: note.kind,
          text: note.text,
          teamId: note.teamId,
          objectiveId: note.objectiveId,
          ...layout.notes.get(note.id)!,
          author: note.author ?? '',
          createdAt: note.createdAt ?? createdAt,
          extra: unknownFields(note, FILE_NOTE_FIELDS),
        };
        if (note.metric) out.metric = { ...note.metric };
        return out;
      }),
    ),
    links: sortById(file.links.map((link) => ({ id: link.id, from: link.from, to: link.to, extra: unknownFields(link, FILE_LINK_FIELDS) }))),
  };
}

/**
 * Writes a parsed file into a new, empty board in one transaction, keeping the file's
 * ids (each board is its own doc, so they cannot collide). Throws on a board that
 * already has content: merging two boards is not what an import means.
 */
export function importBoardFile(doc: Y.Doc, file: BoardFile, origin: BoardOrigin, options: ImportOptions = {}): void {
  if ([metaMap(doc), teamsMap(doc), notesMap(doc), linksMap(doc)].some((map) => map.size > 0)) {
    throw new Error('importBoardFile writes into a new, empty board');
  }
  const snapshot = boardFileToSnapshot(file, options);
  const { meta } = snapshot;
  doc.transact(() => {
    createBoard(doc, { title: meta.title, createdAt: meta.createdAt, levels: meta.levels, budget: meta.budget }, origin);
    if (Object.keys(meta.extra).length) metaMap(doc).set('extra', meta.extra);
    // Extras first so a named field always wins over a stray extra of the same name.
    for (const { id, extra, ...fields } of snapshot.teams) teamsMap(doc).set(id, newEntry({ ...extra, ...fields }));
    for (const { id, extra, ...fields } of snapshot.notes) notesMap(doc).set(id, newEntry({ ...extra, ...fields }));
    for (const { id, extra, ...fields } of snapshot.links) linksMap(doc).set(id, newEntry({ ...extra, ...fields }));
  }, origin);
}

/** The fields of `entry` the format does not name, the ones a round trip must keep. */
function unknownFields(entry: Record<string, unknown>, known: readonly string[]): Extra {
  const extra: Extra = {};
  for (const [key, value] of Object.entries(entry)) {
    if (!known.includes(key) && value !== undefined) extra[key] = value;
  }
  return extra;
}

function sortById<T extends { id: string }>(list: T[]): T[] {
  return list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
