import type { z } from 'zod';
import { DEFAULT_LEVELS, type NoteKind } from './types';
import type { BoardFile } from './fileSchema';

/**
 * Turns what is wrong with a board file into one sentence that names the field, e.g.
 * `notes[3].teamId: "t9" is not a team on this board`. The shape is zod's job; the
 * references between entries are checked here, after the shape is known to be right.
 */

export interface FileProblem {
  /** Where, as a path into the file: `notes[3].teamId`, or '' for the file as a whole. */
  field: string;
  error: string;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function problem(field: string, message: string): FileProblem {
  return { field, error: field === '' ? message : `${field}: ${message}` };
}

/** A value as a person reads it in a message: strings quoted and cut short. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The first shape problem zod found, in words. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): FileProblem {
  const field = fieldPath(issue.path);
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (field === '') return problem('', `the file is not a board file: expected a JSON object, got ${describeValue(value)}`);
      if (value === undefined) return problem(field, `missing; expected ${expected}`);
      return problem(field, `expected ${expected}, got ${describeValue(value)}`);
    }
    case 'invalid_value':
      return problem(field, `${describeValue(value)} is not one of ${issue.values.map(String).join(', ')}`);
    case 'too_small': {
      if (issue.origin === 'string') return problem(field, 'empty; expected some text');
      if (issue.origin === 'array') return problem(field, `empty; expected at least ${String(issue.minimum)}`);
      const bound = issue.inclusive ? `at least ${String(issue.minimum)}` : `more than ${String(issue.minimum)}`;
      return problem(field, `${describeValue(value)} is too small; expected ${bound}`);
    }
    default:
      return problem(field, issue.message);
  }
}

/** The format and version come first: a version 2 file breaks in many places, and only the version matters. */
export function checkFormatAndVersion(input: unknown): FileProblem | null {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return problem('', `the file is not a board file: expected a JSON object, got ${describeValue(input)}`);
  }
  const { format, version } = input as Record<string, unknown>;
  if (format !== 'alignboard') {
    const got = format === undefined ? 'missing' : `${describeValue(format)}, not "alignboard"`;
    return problem('format', `${got}; this is not an Alignboard board file`);
  }
  if (version !== 1) {
    if (version === undefined) return problem('version', 'missing; expected 1');
    if (typeof version === 'number') return problem('version', `this is a version ${version} file; Alignboard reads version 1`);
    return problem('version', `${describeValue(version)} is not a version; Alignboard reads version 1`);
  }
  return null;
}

const KIND_NAMES: Record<NoteKind, string> = { objective: 'an objective', kr: 'a key result', idea: 'an idea' };

/** Every reference resolves, every id is used once, the org chart has no loop, links are not doubled. */
export function checkReferences(file: BoardFile): FileProblem | null {
  return checkLevels(file) ?? checkIds(file) ?? checkTeams(file) ?? checkNotes(file) ?? checkLinks(file);
}

function checkLevels(file: BoardFile): FileProblem | null {
  const seen = new Set<string>();
  for (const [i, name] of (file.levels ?? []).entries()) {
    if (seen.has(name)) return problem(`levels[${i}]`, `${describeValue(name)} is listed twice`);
    seen.add(name);
  }
  return null;
}

/** Ids are unique across teams, notes and links: the canvas draws teams and notes as nodes of one graph. */
function checkIds(file: BoardFile): FileProblem | null {
  const owners = new Map<string, string>();
  const lists = [
    ['teams', file.teams],
    ['notes', file.notes],
    ['links', file.links],
  ] as const;
  for (const [list, entries] of lists) {
    for (const [i, { id }] of entries.entries()) {
      const owner = owners.get(id);
      if (owner) return problem(`${list}[${i}].id`, `${describeValue(id)} is already the id of ${owner}`);
      owners.set(id, `${list}[${i}]`);
    }
  }
  return null;
}

function checkTeams(file: BoardFile): FileProblem | null {
  const levels = file.levels ?? DEFAULT_LEVELS;
  const parents = new Map(file.teams.map((t) => [t.id, t.parentId ?? null]));
  for (const [i, team] of file.teams.entries()) {
    if (team.level >= levels.length) {
      const named = levels.map((name, level) => `${level} ${name}`).join(', ');
      return problem(`teams[${i}].level`, `${team.level} is not a level on this board (${named})`);
    }
    const parentId = team.parentId ?? null;
    if (parentId === null) continue;
    if (parentId === team.id) return problem(`teams[${i}].parentId`, 'a team cannot be its own parent');
    if (!parents.has(parentId)) return problem(`teams[${i}].parentId`, `${describeValue(parentId)} is not a team on this board`);
    if (reachesItself(team.id, parents)) {
      return problem(`teams[${i}].parentId`, `${describeValue(parentId)} makes a loop in the org chart`);
    }
  }
  return null;
}

function reachesItself(teamId: string, parents: ReadonlyMap<string, string | null>): boolean {
  const seen = new Set<string>();
  let current = parents.get(teamId) ?? null;
  while (current !== null && !seen.has(current)) {
    if (current === teamId) return true;
    seen.add(current);
    current = parents.get(current) ?? null;
  }
  return false;
}

function checkNotes(file: BoardFile): FileProblem | null {
  const teamIds = new Set(file.teams.map((t) => t.id));
  const kinds = new Map(file.notes.map((n) => [n.id, n.kind]));
  for (const [i, note] of file.notes.entries()) {
    const teamId = note.teamId ?? null;
    if (teamId !== null && !teamIds.has(teamId)) {
      return problem(`notes[${i}].teamId`, `${describeValue(teamId)} is not a team on this board`);
    }
    const objectiveId = note.objectiveId ?? null;
    if (objectiveId === null) continue;
    const field = `notes[${i}].objectiveId`;
    if (note.kind !== 'kr') {
      return problem(field, `only a key result belongs to an objective, and this note is ${KIND_NAMES[note.kind]}`);
    }
    const kind = kinds.get(objectiveId);
    if (kind === undefined) return problem(field, `${describeValue(objectiveId)} is not a note on this board`);
    if (kind !== 'objective') return problem(field, `${describeValue(objectiveId)} is ${KIND_NAMES[kind]}, not an objective`);
  }
  return null;
}

function checkLinks(file: BoardFile): FileProblem | null {
  const noteIds = new Set(file.notes.map((n) => n.id));
  const pairs = new Map<string, number>();
  for (const [i, link] of file.links.entries()) {
    for (const end of ['from', 'to'] as const) {
      if (!noteIds.has(link[end])) return problem(`links[${i}].${end}`, `${describeValue(link[end])} is not a note on this board`);
    }
    if (link.from === link.to) return problem(`links[${i}].to`, 'a note cannot link to itself');
    const earlier = pairs.get(`${link.from}>${link.to}`) ?? pairs.get(`${link.to}>${link.from}`);
    if (earlier !== undefined) {
      return problem(`links[${i}]`, `links ${describeValue(link.from)} and ${describeValue(link.to)} again; links[${earlier}] already joins them`);
    }
    pairs.set(`${link.from}>${link.to}`, i);
  }
  return null;
}
