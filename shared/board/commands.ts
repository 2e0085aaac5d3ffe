import * as Y from 'yjs';
import { newId } from './ids';
import type { BoardOrigin } from './origin';
import {
  linksMap,
  metaMap,
  newEntry,
  noteText,
  notesMap,
  readKind,
  readNullableId,
  readNumber,
  teamsMap,
  type EntryMap,
} from './schema';
import { applyTextDiff } from './textDiff';
import {
  DEFAULT_BUDGET,
  DEFAULT_LEVELS,
  FORMAT_VERSION,
  KR_STACK_GAP,
  NOTE_SIZE,
  TEAM_SIZE,
  type Budget,
  type KrMetric,
  type NoteKind,
} from './types';

/**
 * Every board write. Each command is one transaction tagged with the caller's origin, so
 * it syncs as one update and undoes as one step.
 */

export interface CreateBoardInput {
  title: string;
  createdAt?: number;
  levels?: readonly string[];
  budget?: Budget;
}

export function createBoard(doc: Y.Doc, input: CreateBoardInput, origin: BoardOrigin): void {
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set('title', input.title);
    meta.set('createdAt', input.createdAt ?? Date.now());
    meta.set('formatVersion', FORMAT_VERSION);
    meta.set('levels', [...(input.levels ?? DEFAULT_LEVELS)]);
    meta.set('budget', { ...(input.budget ?? DEFAULT_BUDGET) });
  }, origin);
}

export function setTitle(doc: Y.Doc, title: string, origin: BoardOrigin): void {
  doc.transact(() => metaMap(doc).set('title', title), origin);
}

export function setBudget(doc: Y.Doc, budget: Budget, origin: BoardOrigin): void {
  doc.transact(() => metaMap(doc).set('budget', { ...budget }), origin);
}

export function setLevels(doc: Y.Doc, levels: readonly string[], origin: BoardOrigin): void {
  doc.transact(() => metaMap(doc).set('levels', [...levels]), origin);
}

export interface TeamInput {
  id?: string;
  name: string;
  function: string;
  level: number;
  parentId?: string | null;
  x?: number;
  y?: number;
  w?: number;
  h?: number;
  color?: string;
}

export function addTeam(doc: Y.Doc, input: TeamInput, origin: BoardOrigin): string {
  const id = input.id ?? newId();
  doc.transact(() => {
    teamsMap(doc).set(
      id,
      newEntry({
        name: input.name,
        function: input.function,
        level: input.level,
        parentId: input.parentId ?? null,
        x: input.x ?? 0,
        y: input.y ?? 0,
        w: input.w ?? TEAM_SIZE.w,
        h: input.h ?? TEAM_SIZE.h,
        color: input.color ?? '',
      }),
    );
  }, origin);
  return id;
}

export type TeamPatch = Partial<Omit<TeamInput, 'id'>>;

export function updateTeam(doc: Y.Doc, id: string, patch: TeamPatch, origin: BoardOrigin): boolean {
  const team = teamsMap(doc).get(id);
  if (!team) return false;
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) team.set(key, value);
    }
  }, origin);
  return true;
}

/** Moves a team frame and every note inside it by the same offset. */
export function moveTeam(doc: Y.Doc, id: string, x: number, y: number, origin: BoardOrigin): boolean {
  const team = teamsMap(doc).get(id);
  if (!team) return false;
  const dx = x - readNumber(team, 'x');
  const dy = y - readNumber(team, 'y');
  doc.transact(() => {
    team.set('x', x);
    team.set('y', y);
    for (const note of notesMap(doc).values()) {
      if (note.get('teamId') === id) shift(note, dx, dy);
    }
  }, origin);
  return true;
}

/** Deletes a team with its notes and their links; child teams move up to its parent. */
export function deleteTeam(doc: Y.Doc, id: string, origin: BoardOrigin): boolean {
  const teams = teamsMap(doc);
  const team = teams.get(id);
  if (!team) return false;
  const parentId = readNullableId(team, 'parentId');
  doc.transact(() => {
    const noteIds = [...notesMap(doc).entries()].filter(([, n]) => n.get('teamId') === id).map(([noteId]) => noteId);
    deleteNotesAndLinks(doc, new Set(noteIds));
    for (const child of teams.values()) {
      if (child.get('parentId') === id) child.set('parentId', parentId);
    }
    teams.delete(id);
  }, origin);
  return true;
}

export interface NoteInput {
  id?: string;
  kind: NoteKind;
  text?: string;
  teamId?: string | null;
  objectiveId?: string | null;
  x?: number;
  y?: number;
  author: string;
  createdAt?: number;
  metric?: KrMetric;
}

/**
 * Adds a note. A key result given an objective and no position stacks under that
 * objective's existing key results.
 */
export function addNote(doc: Y.Doc, input: NoteInput, origin: BoardOrigin): string {
  const id = input.id ?? newId();
  const objectiveId = input.kind === 'kr' ? (input.objectiveId ?? null) : null;
  const objective = objectiveId ? notesMap(doc).get(objectiveId) : undefined;
  const stacked = input.x === undefined && objective ? nextKrSlot(doc, objectiveId!, objective) : undefined;
  doc.transact(() => {
    notesMap(doc).set(
      id,
      newEntry({
        kind: input.kind,
        text: input.text ?? '',
        teamId: input.teamId ?? (objective ? readNullableId(objective, 'teamId') : null),
        objectiveId,
        x: input.x ?? stacked?.x ?? 0,
        y: input.y ?? stacked?.y ?? 0,
        author: input.author,
        createdAt: input.createdAt ?? Date.now(),
        metric: input.metric,
      }),
    );
  }, origin);
  return id;
}

function nextKrSlot(doc: Y.Doc, objectiveId: string, objective: EntryMap): { x: number; y: number } {
  let bottom = readNumber(objective, 'y') + NOTE_SIZE.h;
  for (const note of notesMap(doc).values()) {
    if (note.get('objectiveId') === objectiveId) bottom = Math.max(bottom, readNumber(note, 'y') + NOTE_SIZE.h);
  }
  return { x: readNumber(objective, 'x'), y: bottom + KR_STACK_GAP };
}

/** Moves a note; an objective carries its key results along. */
export function moveNote(doc: Y.Doc, id: string, x: number, y: number, origin: BoardOrigin): boolean {
  const notes = notesMap(doc);
  const note = notes.get(id);
  if (!note) return false;
  const dx = x - readNumber(note, 'x');
  const dy = y - readNumber(note, 'y');
  if (dx === 0 && dy === 0) return true;
  doc.transact(() => {
    shift(note, dx, dy);
    if (readKind(note) !== 'objective') return;
    for (const kr of notes.values()) {
      if (kr.get('objectiveId') === id) shift(kr, dx, dy);
    }
  }, origin);
  return true;
}

function shift(entry: EntryMap, dx: number, dy: number): void {
  entry.set('x', readNumber(entry, 'x') + dx);
  entry.set('y', readNumber(entry, 'y') + dy);
}

/** Puts a note into a team frame (or none), e.g. after it was dropped inside one. */
export function setNoteTeam(doc: Y.Doc, id: string, teamId: string | null, origin: BoardOrigin): boolean {
  const notes = notesMap(doc);
  const note = notes.get(id);
  if (!note || (teamId !== null && !teamsMap(doc).has(teamId))) return false;
  doc.transact(() => {
    note.set('teamId', teamId);
    if (readKind(note) !== 'objective') return;
    for (const kr of notes.values()) {
      if (kr.get('objectiveId') === id) kr.set('teamId', teamId);
    }
  }, origin);
  return true;
}

/** Replaces a note's text through its Y.Text, touching only the part that changed. */
export function setNoteText(doc: Y.Doc, id: string, text: string, origin: BoardOrigin): boolean {
  const note = notesMap(doc).get(id);
  const ytext = note && noteText(note);
  if (!ytext) return false;
  doc.transact(() => applyTextDiff(ytext, text), origin);
  return true;
}

export function setNoteMetric(doc: Y.Doc, id: string, metric: KrMetric | null, origin: BoardOrigin): boolean {
  const note = notesMap(doc).get(id);
  if (!note) return false;
  doc.transact(() => (metric ? note.set('metric', { ...metric }) : note.delete('metric')), origin);
  return true;
}

/** Moves a key result under another objective (or makes it loose with null). */
export function setKrObjective(doc: Y.Doc, id: string, objectiveId: string | null, origin: BoardOrigin): boolean {
  const notes = notesMap(doc);
  const kr = notes.get(id);
  const objective = objectiveId ? notes.get(objectiveId) : undefined;
  if (!kr || readKind(kr) !== 'kr') return false;
  if (objectiveId && (!objective || readKind(objective) !== 'objective')) return false;
  doc.transact(() => kr.set('objectiveId', objectiveId), origin);
  return true;
}

/** Deletes a note; deleting an objective deletes its key results and every link touching any of them. */
export function deleteNote(doc: Y.Doc, id: string, origin: BoardOrigin): boolean {
  const notes = notesMap(doc);
  const note = notes.get(id);
  if (!note) return false;
  const doomed = new Set([id]);
  if (readKind(note) === 'objective') {
    for (const [krId, kr] of notes.entries()) if (kr.get('objectiveId') === id) doomed.add(krId);
  }
  doc.transact(() => deleteNotesAndLinks(doc, doomed), origin);
  return true;
}

function deleteNotesAndLinks(doc: Y.Doc, noteIds: ReadonlySet<string>): void {
  const links = linksMap(doc);
  for (const [linkId, link] of [...links.entries()]) {
    if (noteIds.has(link.get('from') as string) || noteIds.has(link.get('to') as string)) links.delete(linkId);
  }
  const notes = notesMap(doc);
  for (const noteId of noteIds) notes.delete(noteId);
}

export type LinkResult =
  | { ok: true; id: string }
  | { ok: false; reason: 'self-link' | 'duplicate' | 'missing-note' };

/**
 * Links a lower note (`from`) to an upper one (`to`). Refuses self-links, a second link
 * between the same two notes (either direction), and ends that are not on the board.
 */
export function link(doc: Y.Doc, from: string, to: string, origin: BoardOrigin, id = newId()): LinkResult {
  if (from === to) return { ok: false, reason: 'self-link' };
  const notes = notesMap(doc);
  if (!notes.has(from) || !notes.has(to)) return { ok: false, reason: 'missing-note' };
  if (findLink(doc, from, to) || findLink(doc, to, from)) return { ok: false, reason: 'duplicate' };
  doc.transact(() => linksMap(doc).set(id, newEntry({ from, to })), origin);
  return { ok: true, id };
}

export function findLink(doc: Y.Doc, from: string, to: string): string | undefined {
  for (const [id, entry] of linksMap(doc).entries()) {
    if (entry.get('from') === from && entry.get('to') === to) return id;
  }
  return undefined;
}

export function unlink(doc: Y.Doc, linkId: string, origin: BoardOrigin): boolean {
  const links = linksMap(doc);
  if (!links.has(linkId)) return false;
  doc.transact(() => links.delete(linkId), origin);
  return true;
}

/** Points an existing link at another upper note, in one step (the cascade fix uses it). */
export function relink(doc: Y.Doc, linkId: string, to: string, origin: BoardOrigin): LinkResult {
  const entry = linksMap(doc).get(linkId);
  if (!entry) return { ok: false, reason: 'missing-note' };
  const from = entry.get('from') as string;
  if (from === to) return { ok: false, reason: 'self-link' };
  if (!notesMap(doc).has(to)) return { ok: false, reason: 'missing-note' };
  if (findLink(doc, from, to) || findLink(doc, to, from)) return { ok: false, reason: 'duplicate' };
  doc.transact(() => entry.set('to', to), origin);
  return { ok: true, id: linkId };
}
