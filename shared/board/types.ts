/**
 * The plain board model (format v1): what every rule, export and view reads.
 * The Y.Doc is the live source of truth; `snapshotBoard` turns it into these types.
 */

export const NOTE_KINDS = ['objective', 'kr', 'idea'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export const FORMAT_VERSION = 1;

export const DEFAULT_LEVELS: readonly string[] = ['Company', 'Department', 'Team'];

export interface Budget {
  objectivesPerTeam: number;
  krsPerObjective: number;
}

export const DEFAULT_BUDGET: Readonly<Budget> = { objectivesPerTeam: 3, krsPerObjective: 4 };

/** Fields a file carried that format v1 does not name; kept so a round trip loses nothing. */
export type Extra = Record<string, unknown>;

export interface BoardMeta {
  title: string;
  createdAt: number;
  formatVersion: number;
  levels: string[];
  budget: Budget;
  extra: Extra;
}

export interface Team {
  id: string;
  name: string;
  /** Sales, HR, Product...; the top level's team is `Company`. */
  function: string;
  /** 0 = top. */
  level: number;
  parentId: string | null;
  x: number;
  y: number;
  w: number;
  h: number;
  color: string;
  extra: Extra;
}

export interface KrMetric {
  baseline?: number;
  target?: number;
  unit?: string;
}

export interface Note {
  id: string;
  kind: NoteKind;
  text: string;
  teamId: string | null;
  /** A key result's objective; null for objectives, ideas and loose KRs. */
  objectiveId: string | null;
  x: number;
  y: number;
  author: string;
  createdAt: number;
  metric?: KrMetric;
  extra: Extra;
}

export interface Link {
  id: string;
  /** The lower note. */
  from: string;
  /** The upper note. */
  to: string;
  extra: Extra;
}

/** A whole board as plain data, every list sorted by id so equal boards compare equal. */
export interface BoardSnapshot {
  meta: BoardMeta;
  teams: Team[];
  notes: Note[];
  links: Link[];
}

/** Sizes the client draws with; commands use them to place new notes and frames. */
export const NOTE_SIZE = { w: 200, h: 110 } as const;
export const KR_STACK_GAP = 16;
export const TEAM_SIZE = { w: 760, h: 520 } as const;
