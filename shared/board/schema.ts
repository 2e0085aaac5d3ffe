import * as Y from 'yjs';
import {
  DEFAULT_BUDGET,
  DEFAULT_LEVELS,
  NOTE_KINDS,
  type Budget,
  type Extra,
  type KrMetric,
  type NoteKind,
} from './types';

/**
 * The one file that names Y.Doc keys (PRODUCT.md section 2). Everything else reads and
 * writes the doc through these accessors, so a renamed key is a one-line change here.
 */
export const DOC_KEYS = { meta: 'meta', teams: 'teams', notes: 'notes', links: 'links' } as const;

export const META_FIELDS = ['title', 'createdAt', 'formatVersion', 'levels', 'budget', 'extra'] as const;
export const TEAM_FIELDS = ['name', 'function', 'level', 'parentId', 'x', 'y', 'w', 'h', 'color'] as const;
export const NOTE_FIELDS = [
  'kind',
  'text',
  'teamId',
  'objectiveId',
  'x',
  'y',
  'author',
  'createdAt',
  'metric',
] as const;
export const LINK_FIELDS = ['from', 'to'] as const;

export type EntryMap = Y.Map<unknown>;

export function metaMap(doc: Y.Doc): EntryMap {
  return doc.getMap(DOC_KEYS.meta);
}
export function teamsMap(doc: Y.Doc): Y.Map<EntryMap> {
  return doc.getMap(DOC_KEYS.teams);
}
export function notesMap(doc: Y.Doc): Y.Map<EntryMap> {
  return doc.getMap(DOC_KEYS.notes);
}
export function linksMap(doc: Y.Doc): Y.Map<EntryMap> {
  return doc.getMap(DOC_KEYS.links);
}

/** A note's text is a Y.Text so two people typing in one note both keep their words. */
export function noteText(note: EntryMap): Y.Text | undefined {
  const text = note.get('text');
  return text instanceof Y.Text ? text : undefined;
}

export function readString(entry: EntryMap, key: string, fallback = ''): string {
  const value = entry.get(key);
  return typeof value === 'string' ? value : fallback;
}

export function readNumber(entry: EntryMap, key: string, fallback = 0): number {
  const value = entry.get(key);
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export function readNullableId(entry: EntryMap, key: string): string | null {
  const value = entry.get(key);
  return typeof value === 'string' && value !== '' ? value : null;
}

export function readKind(entry: EntryMap): NoteKind {
  const kind = entry.get('kind');
  return (NOTE_KINDS as readonly unknown[]).includes(kind) ? (kind as NoteKind) : 'idea';
}

export function readMetric(entry: EntryMap): KrMetric | undefined {
  const metric = entry.get('metric');
  if (!metric || typeof metric !== 'object') return undefined;
  const { baseline, target, unit } = metric as Record<string, unknown>;
  const out: KrMetric = {};
  if (typeof baseline === 'number') out.baseline = baseline;
  if (typeof target === 'number') out.target = target;
  if (typeof unit === 'string') out.unit = unit;
  return out;
}

export function readLevels(doc: Y.Doc): string[] {
  const levels = metaMap(doc).get('levels');
  return Array.isArray(levels) && levels.every((l) => typeof l === 'string') ? [...levels] : [...DEFAULT_LEVELS];
}

export function readBudget(doc: Y.Doc): Budget {
  const budget = metaMap(doc).get('budget') as Partial<Budget> | undefined;
  return {
    objectivesPerTeam: positiveInt(budget?.objectivesPerTeam, DEFAULT_BUDGET.objectivesPerTeam),
    krsPerObjective: positiveInt(budget?.krsPerObjective, DEFAULT_BUDGET.krsPerObjective),
  };
}

function positiveInt(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Entries a file carried beyond the named fields, kept for the round trip. */
export function readExtra(entry: EntryMap, known: readonly string[]): Extra {
  const extra: Extra = {};
  // Hazard: reads the map's key table (`_map`, public in Yjs's types) rather than
  // entries(), whose iterator reads every value: snapshotting a 5,000-note board spent
  // most of its time there, and almost every key is a known one.
  for (const [key, item] of entry._map) {
    if (item.deleted || known.includes(key)) continue;
    const value = entry.get(key);
    extra[key] = value instanceof Y.AbstractType ? value.toJSON() : value;
  }
  return extra;
}

/** Builds a Y.Map entry from plain fields; `text` becomes a Y.Text. */
export function newEntry(fields: Record<string, unknown>): EntryMap {
  const entry = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    entry.set(key, key === 'text' && typeof value === 'string' ? new Y.Text(value) : value);
  }
  return entry;
}
